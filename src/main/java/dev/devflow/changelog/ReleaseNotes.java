package dev.devflow.changelog;

import dev.devflow.version.SemVer;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A release's notes, for the annotated tag and {@code target/devflow/release-notes.md}: its
 * section of the changelog verbatim, {@code ###} groups and entries, line ends as written,
 * without the heading (the tag and the release page name the version already) and without the
 * blank lines around it. The section ends at the next level-two heading (one in a code block
 * is not), the last one before the link references at the bottom of the file.
 */
public final class ReleaseNotes {

    private ReleaseNotes() {
    }

    /** The notes of a released version, after the changelog was rolled. */
    public static String of(Changelog changelog, SemVer version) throws ChangelogEditException {
        Release release = changelog.versions().stream().filter(r -> r.version().filter(version::equals).isPresent())
                .findFirst().orElseThrow(() -> new ChangelogEditException("the changelog has no release "
                        + version + " to take the release notes from.", "roll the changelog to " + version
                        + " first."));
        return of(changelog, release);
    }

    /** What {@code [Unreleased]} would give as notes, for a plan shown before the edit. */
    public static String ofUnreleased(Changelog changelog) throws ChangelogEditException {
        Release unreleased = changelog.unreleased().orElseThrow(() -> new ChangelogEditException("the changelog has no '## [Unreleased]' section to take the release notes from.",
                "add '## [Unreleased]' above the first release, with the changes under it."));
        return of(changelog, unreleased);
    }

    private static String of(Changelog changelog, Release release) {
        List<Line> lines = changelog.lines();
        Set<Integer> headings = Stream.concat(changelog.releases().stream().map(Release::line),
                changelog.otherHeadings().stream().map(Line::number)).collect(Collectors.toSet());
        Set<Integer> links = changelog.links().stream().map(LinkReference::line).collect(Collectors.toSet());
        int start = release.line(); // the index of the line after the heading
        int end = IntStream.range(start, lines.size()).filter(i -> headings.contains(lines.get(i).number()))
                .findFirst().orElse(lines.size());
        while (start < end && lines.get(start).isBlank()) {
            start++;
        }
        // the last section runs into the file's link references, which are not its text
        while (end > start && (lines.get(end - 1).isBlank() || links.contains(lines.get(end - 1).number()))) {
            end--;
        }
        return lines.subList(start, end).stream().map(Line::raw).collect(Collectors.joining());
    }
}
