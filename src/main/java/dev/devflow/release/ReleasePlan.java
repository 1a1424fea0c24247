package dev.devflow.release;

import dev.devflow.version.SemVer;

import java.util.ArrayList;
import java.util.List;

/**
 * What a release will do, computed in memory before anything changes: the version and why,
 * each file's edits for the release and for the development version after it, the commits, the
 * tag and what is pushed. The dry run prints it; the release carries it out. {@code verifyBuild}
 * is null when no verify build runs, {@code pushTo} when nothing is pushed.
 */
public record ReleasePlan(ReleaseVersion version, SemVer developmentVersion, String tag, List<FileEdit> releaseEdits,
                          List<FileEdit> developmentEdits, String releaseNotes, String verifyBuild, String pushTo) {

    public ReleasePlan {
        releaseEdits = List.copyOf(releaseEdits);
        developmentEdits = List.copyOf(developmentEdits);
    }

    public String releaseCommitMessage() {
        return "Release " + tag;
    }

    public String developmentCommitMessage() {
        return "Start " + developmentVersion + " after " + tag;
    }

    /** The plan as the log shows it, diffs included. */
    public List<String> describe(java.nio.file.Path root) {
        List<String> lines = new ArrayList<>();
        lines.add("Release " + version.version() + " (" + version.reason() + ")");
        lines.add(verifyBuild == null ? "1. Edit (no verify build):" : "1. Edit, then verify with " + verifyBuild + ":");
        releaseEdits.forEach(edit -> describe(root, edit, lines));
        lines.add("2. Commit '" + releaseCommitMessage() + "', annotated tag " + tag + " with the release notes:");
        releaseNotes.lines().forEach(line -> lines.add("     | " + line));
        lines.add("3. Set " + developmentVersion + " and commit '" + developmentCommitMessage() + "':");
        developmentEdits.forEach(edit -> describe(root, edit, lines));
        lines.add(pushTo == null ? "4. Nothing is pushed (push is off)." : "4. Push the branch and " + tag + " to " + pushTo + ".");
        return lines;
    }

    private static void describe(java.nio.file.Path root, FileEdit edit, List<String> lines) {
        lines.add("   " + root.relativize(edit.file()).toString().replace('\\', '/'));
        LineDiff.between(edit.before(), edit.after()).forEach(line -> lines.add("     " + line));
    }
}
