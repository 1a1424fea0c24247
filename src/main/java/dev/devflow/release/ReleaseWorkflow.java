package dev.devflow.release;

import dev.devflow.git.GitProblem;
import dev.devflow.git.GitRepository;
import dev.devflow.git.NotARepository;
import dev.devflow.release.pom.PomEdit;
import dev.devflow.release.pom.PomVersionEditor;
import dev.devflow.changelog.Changelog;
import dev.devflow.changelog.ChangelogEditException;
import dev.devflow.changelog.ChangelogRoll;
import dev.devflow.changelog.ReleaseNotes;
import dev.devflow.changelog.RolledChangelog;
import dev.devflow.changelog.ChangelogParser;
import dev.devflow.version.SemVer;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code devflow:release} without Maven: readiness, version, edit, verify, record, push, and on
 * any failure the rollback from the journal. Nothing changes before every readiness check has
 * passed; from the first change on, the journal in {@code .git/} knows how to undo it.
 */
public final class ReleaseWorkflow {

    /** Called after each step; tests use it to interrupt a release at every point. */
    @FunctionalInterface
    public interface StepListener {
        void finished(ReleaseStep step) throws ReleaseFailure;
    }

    private final ReleaseSettings settings;
    private final ReleaseVerification verification;
    private final Consumer<String> log;
    private StepListener listener = step -> { };

    public ReleaseWorkflow(ReleaseSettings settings, ReleaseVerification verification, Consumer<String> log) {
        this.settings = settings;
        this.verification = verification;
        this.log = log;
    }

    public ReleaseWorkflow onStepFinished(StepListener stepListener) {
        this.listener = stepListener;
        return this;
    }

    /** Checks readiness and computes every edit in memory; changes nothing. */
    public ReleasePlan plan() throws ReleaseFailure {
        requireNoUnfinishedRelease();
        Changelog changelog = readChangelog();
        List<ReadinessProblem> problems = new ArrayList<>(settings.buildProblems());
        ReleaseVersion version = null;
        try {
            version = new ReleaseVersionChooser(settings.bumps(), display(settings.changelogFile()))
                    .choose(changelog, settings.projectVersion(), settings.version().orElse(null));
        } catch (ReleaseFailure e) {
            problems.add(new ReadinessProblem(e.problem(), e.fix()));
        }
        String tag = version == null ? "" : settings.tagOf(version.version());
        problems.addAll(new ReleaseReadiness(settings.git().withTagName(tag)).check(settings.changelogFile().getParent()));
        requireNone(problems);
        return plan(changelog, version, tag);
    }

    private ReleasePlan plan(Changelog changelog, ReleaseVersion version, String tag) throws ReleaseFailure {
        SemVer development = developmentVersion(version);
        RolledChangelog rolled;
        String notes;
        try {
            rolled = new ChangelogRoll(settings.tagPrefix()).roll(changelog, version.version(), settings.today());
            notes = ReleaseNotes.ofUnreleased(changelog);
        } catch (ChangelogEditException e) {
            throw new ReleaseFailure(ReleaseStep.EDIT, e.problem(), e.fix());
        }
        List<FileEdit> release = new ArrayList<>();
        release.add(new FileEdit(settings.changelogFile(), changelog.text().getBytes(StandardCharsets.UTF_8),
                rolled.text().getBytes(StandardCharsets.UTF_8), rolled.changes()));
        List<FileEdit> next = new ArrayList<>();
        PomVersionEditor editor = new PomVersionEditor();
        for (Path pom : settings.poms()) {
            PomEdit released = editor.edit(pom, read(pom), settings.reactor(), settings.projectVersion(),
                    version.version().toString(), settings.outputTimestamp());
            release.add(FileEdit.of(released));
            next.add(FileEdit.of(editor.edit(pom, released.after(), settings.reactor(), version.version().toString(),
                    development.toString(), Optional.empty())));
        }

        String pushTo = settings.git().push() ? settings.git().remote() : null;
        return new ReleasePlan(version, development, tag, release.stream().filter(FileEdit::changed).toList(),
                next.stream().filter(FileEdit::changed).toList(), notes,
                verification.enabled() ? verification.describe() : null, pushTo);
    }

    private SemVer developmentVersion(ReleaseVersion version) throws ReleaseFailure {
        if (settings.developmentVersion().isEmpty()) {
            return version.nextDevelopmentVersion();
        }
        String asked = settings.developmentVersion().get().trim();
        Optional<SemVer> parsed = SemVer.parse(asked);
        if (parsed.isEmpty() || !parsed.get().isSnapshot() || parsed.get().withoutSnapshot().compareTo(version.version()) <= 0) {
            throw new ReleaseFailure(ReleaseStep.VERSION, "the development version '" + asked + "' is not a SNAPSHOT"
                    + " version above the release " + version.version() + ".",
                    "set -Ddevflow.release.developmentVersion to one, such as " + version.nextDevelopmentVersion() + ".");
        }
        return parsed.get();
    }

    /** Plans, then carries the plan out; on any failure puts everything back and says so. */
    public ReleasePlan release() throws ReleaseFailure {
        ReleasePlan plan = plan();
        try (Repository repository = open(); Git git = new Git(repository)) {
            plan.describe(repository.getWorkTree().toPath()).forEach(log);
            ReleaseJournal journal = ReleaseJournal.begin(repository, settings.git().remote());
            try {
                carryOut(plan, git, journal);
                journal.delete();
            } catch (ReleaseFailure | RuntimeException e) {
                throw rolledBack(repository, journal.currentStep(), e);
            }
        }
        writeReleaseNotes(plan);
        log.accept("Released " + plan.tag() + "; the project is now at " + plan.developmentVersion() + ".");
        return plan;
    }

    private void carryOut(ReleasePlan plan, Git git, ReleaseJournal journal) throws ReleaseFailure {
        Path workTree = git.getRepository().getWorkTree().toPath();
        List<String> paths = paths(workTree, plan);
        journal.willEdit(workTree, paths);
        for (FileEdit edit : plan.releaseEdits()) {
            edit.write();
        }
        listener.finished(ReleaseStep.EDIT);
        if (verification.enabled()) {
            journal.step(ReleaseStep.VERIFY);
            log.accept("Verifying the release state: " + verification.describe());
            verification.verify();
        }
        listener.finished(ReleaseStep.VERIFY);
        ReleaseRecorder recorder = new ReleaseRecorder(git, journal, settings.noVerify());
        RevCommit release = recorder.commit(plan.releaseCommitMessage(), paths);
        recorder.tag(plan.tag(), plan.releaseNotes(), release);
        for (FileEdit edit : plan.developmentEdits()) {
            edit.write();
        }
        if (!plan.developmentEdits().isEmpty()) {
            recorder.commit(plan.developmentCommitMessage(), paths);
        }
        listener.finished(ReleaseStep.RECORD);
        if (plan.pushTo() != null) {
            journal.step(ReleaseStep.PUSH);
            new ReleasePush(git, journal, settings.git().remoteAccess()).push(settings.git().releaseBranch(), plan.tag());
            listener.finished(ReleaseStep.PUSH);
        }
    }

    private ReleaseFailure rolledBack(Repository repository, ReleaseStep step, Exception cause) {
        ReleaseFailure failure = cause instanceof ReleaseFailure f ? f : new ReleaseFailure(step,
                "the release stopped on an unexpected error: " + cause, "report this to devflow's maintainers.", cause);
        try {
            RollbackReport report = new ReleaseRollback(repository).rollback();
            String undone = "Everything the release changed in this repository was put back:" + bullets(report.restored())
                    + (report.onRemote().isEmpty() ? "" : "\nOn the remote:" + bullets(report.onRemote()));
            return new ReleaseFailure(failure.step(), failure.problem(), failure.fix() + "\n" + undone, cause);
        } catch (ReleaseFailure rollback) {
            return new ReleaseFailure(failure.step(), failure.problem() + "\nThe rollback failed too: "
                    + rollback.problem(), rollback.fix(), cause);
        }
    }

    /** Restores the state from before a release that was killed; its journal says what to undo. */
    public RollbackReport rollback() throws ReleaseFailure {
        try (Repository repository = open()) {
            return new ReleaseRollback(repository).rollback();
        }
    }

    private static String bullets(List<String> lines) {
        return lines.stream().map(line -> "\n  - " + line).collect(Collectors.joining());
    }

    /** Every file the release edits, and those the verify build rewrites (kept for rollback, committed with it). */
    private List<String> paths(Path workTree, ReleasePlan plan) {
        Set<String> paths = new LinkedHashSet<>();
        for (List<FileEdit> edits : List.of(plan.releaseEdits(), plan.developmentEdits())) {
            edits.forEach(edit -> paths.add(relative(workTree, edit.file())));
        }
        if (verification.enabled()) {
            settings.verifiedFiles().forEach(file -> paths.add(relative(workTree, file)));
        }
        return List.copyOf(paths);
    }

    private static String relative(Path workTree, Path file) {
        return workTree.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private void writeReleaseNotes(ReleasePlan plan) throws ReleaseFailure {
        try {
            Files.createDirectories(settings.releaseNotes().getParent());
            Files.writeString(settings.releaseNotes(), plan.releaseNotes(), StandardCharsets.UTF_8);
            log.accept("Release notes: " + settings.releaseNotes());
        } catch (IOException e) {
            throw new ReleaseFailure(ReleaseStep.RECORD, "the release " + plan.tag() + " is made, but its notes cannot"
                    + " be written to " + settings.releaseNotes() + ": " + e.getMessage(),
                    "take the notes from the tag (git tag -n99 " + plan.tag() + ").", e);
        }
    }

    /**
     * A journal left by a killed release comes first and alone: what that release changed (a
     * rolled changelog, say) would otherwise show as problems of their own and hide the cause.
     */
    private void requireNoUnfinishedRelease() throws ReleaseFailure {
        try (Repository repository = open()) {
            Path journal = ReleaseJournal.fileIn(repository.getDirectory().toPath());
            if (Files.exists(journal)) {
                throw new ReleaseFailure(ReleaseStep.READINESS, "an earlier release did not finish: its journal "
                        + journal + " is still there.", "restore what it changed with mvn devflow:release"
                        + " -Ddevflow.release.rollback, then release again.");
            }
        }
    }

    private Changelog readChangelog() throws ReleaseFailure {
        Path file = settings.changelogFile();
        if (!Files.isRegularFile(file)) {
            throw new ReleaseFailure(ReleaseStep.READINESS, "there is no changelog at " + file + ".",
                    "keep a CHANGELOG.md (Keep a Changelog) with an [Unreleased] section at the project root.");
        }
        try {
            return ChangelogParser.parse(StandardCharsets.UTF_8.newDecoder().decode(
                    java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString());
        } catch (IOException e) {
            throw new ReleaseFailure(ReleaseStep.READINESS, file + " cannot be read as UTF-8: " + e.getMessage(),
                    "save it as UTF-8.", e);
        }
    }

    private static byte[] read(Path file) throws ReleaseFailure {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReleaseFailure(ReleaseStep.EDIT, file + " cannot be read: " + e.getMessage(), "check its permissions.", e);
        }
    }

    private Repository open() throws ReleaseFailure {
        try {
            return GitRepository.open(settings.changelogFile().toAbsolutePath().getParent()).jgit();
        } catch (NotARepository e) {
            throw new ReleaseFailure(ReleaseStep.READINESS, "no git repository holds " + settings.changelogFile() + ".",
                    "run the release from a git clone of the project.", e);
        } catch (GitProblem e) {
            throw new ReleaseFailure(ReleaseStep.READINESS, e.problem(),
                    e.fix() == null ? "run the release from a git clone of the project." : e.fix(), e);
        }
    }

    private static void requireNone(List<ReadinessProblem> problems) throws ReleaseFailure {
        if (problems.size() == 1) {
            throw new ReleaseFailure(ReleaseStep.READINESS, problems.get(0).message(), problems.get(0).fix());
        }
        if (!problems.isEmpty()) {
            throw new ReleaseFailure(ReleaseStep.READINESS, problems.size() + " problems keep the project from being"
                    + " released:" + problems.stream().map(p -> "\n  - " + p.message() + " Fix: " + p.fix())
                    .collect(Collectors.joining()), "");
        }
    }

    private String display(Path file) {
        return file.getFileName().toString();
    }
}
