package dev.devflow.changelog;

import dev.devflow.version.SemVer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The release edit of the changelog: {@code [Unreleased]} becomes {@code [X.Y.Z] - date}, a new
 * empty {@code [Unreleased]} goes above it, and the links follow. Only the heading line and the
 * {@code [Unreleased]} link line change; every other byte stays, line ends and a missing final
 * line end included, so the release commit shows exactly the edit.
 *
 * <p>The new heading keeps the file's habits: brackets as the {@code [Unreleased]} heading has
 * them, a {@code v} when the latest heading has one; the date follows {@code " - "}, the
 * format's separator. A full-reference heading ({@code [Unreleased][unreleased]}) stays as it is.
 *
 * <p>Links change only when {@code [Unreleased]} has a link reference (a file without links is
 * a project without a public repository yet, and gets none). That link then compares from the
 * new tag, and the new release's link goes right below it, comparing from the highest earlier
 * release, written with three dots. Tags are written with the prefix the link's own tag shows
 * ({@code v1.1.0}, {@code 1.1.0}, {@code release-1.1.0}); a link that shows no tag (a first
 * release: {@code commits/HEAD}, or a compare from a commit) uses the prefix of the tag the
 * release creates. A first release has nothing to compare with, so its link is the tag's page.
 */
public final class ChangelogRoll {

    private final String tagPrefix;

    /** @param tagPrefix the prefix of the tag the release creates ({@code v}), for links that show none */
    public ChangelogRoll(String tagPrefix) {
        this.tagPrefix = tagPrefix;
    }

    public RolledChangelog roll(Changelog changelog, SemVer version, LocalDate date) throws ChangelogEditException {
        Release unreleased = changelog.unreleased().orElseThrow(() -> new ChangelogEditException("the changelog has no '## [Unreleased]' section to turn into the release.",
                "add '## [Unreleased]' above the first release, with the changes under it."));
        Optional<Release> existing = changelog.versions().stream()
                .filter(r -> r.version().filter(version::equals).isPresent()).findFirst();
        if (existing.isPresent()) {
            throw new ChangelogEditException("the changelog already has release " + version + " at line "
                    + existing.get().line() + ".", "release a higher version, or remove that section.");
        }
        Edit edit = new Edit(changelog);
        String label = (changelog.versions().stream().findFirst().map(Release::vPrefix).orElse(false) ? "v" : "")
                + version;
        renameHeading(edit, unreleased, label, date);
        Optional<LinkReference> link = changelog.link(unreleased.linkLabel());
        if (link.isPresent()) {
            relink(edit, link.get(), label, version, previous(changelog, version));
        } else {
            edit.changes.add("no [" + unreleased.linkLabel() + "] link reference, so no link was added.");
        }
        return new RolledChangelog(edit.text(), edit.changes);
    }

    private static void renameHeading(Edit edit, Release unreleased, String label, LocalDate date) {
        Line heading = edit.line(unreleased.line());
        String released = "## " + (unreleased.bracketed() ? "[" + label + "]" : label) + " - " + date;
        String end = edit.endOf(heading);
        edit.replace(heading, heading.text() + end + end + released + heading.terminator());
        edit.changes.add("line " + heading.number() + ": '" + heading.content() + "' becomes '" + released
                + "', below a new empty '" + heading.content() + "'.");
    }

    private void relink(Edit edit, LinkReference link, String label, SemVer version, Optional<Release> previous)
            throws ChangelogEditException {
        UnreleasedLink parsed = understood(link);
        Optional<LinkReference> taken = edit.changelog.link(label);
        if (taken.isPresent()) {
            throw new ChangelogEditException("the changelog already has a link reference [" + label
                    + "] at line " + taken.get().line() + ".", "remove it; the release writes its own.");
        }
        String prefix = parsed.tagPrefix().orElse(tagPrefix);
        String tag = prefix + version;
        String unreleasedUrl = parsed.compare(tag, parsed.head());
        String releaseUrl = previous.map(p -> parsed.compare(prefix + p.name(), tag)).orElse(parsed.tag(tag));
        Line line = edit.line(link.line());
        // both lines are the old one with label and URL swapped, so spacing and indent stay the file's
        String unreleasedText = line.text().replace(link.url(), unreleasedUrl);
        String releaseText = unreleasedText.replaceFirst("\\[[^\\]]+\\]", Matcher.quoteReplacement("[" + label + "]"))
                .replace(unreleasedUrl, releaseUrl);
        edit.replace(line, unreleasedText + edit.endOf(line) + releaseText + line.terminator());
        edit.changes.add("line " + line.number() + ": [" + link.label() + "] now links " + unreleasedUrl + ".");
        edit.changes.add("line " + line.number() + ": new [" + label + "] below it links " + releaseUrl + ".");
    }

    private static UnreleasedLink understood(LinkReference link) throws ChangelogEditException {
        return UnreleasedLink.parse(link.url()).orElseThrow(() -> new ChangelogEditException("the ["
                + link.label() + "] link at line " + link.line() + " (" + link.url() + ") is not a compare link,"
                + " so the release's link cannot be made from it.", "write it as <repository>/compare/<last"
                + " tag>...HEAD, or <repository>/commits/HEAD before a first release."));
    }

    /** The release the new one follows: the highest lower version, as the compare-links rule judges it. */
    private static Optional<Release> previous(Changelog changelog, SemVer version) {
        return changelog.versions().stream()
                .filter(r -> r.version().filter(v -> v.compareTo(version) < 0).isPresent())
                .max(Comparator.comparing(r -> r.version().get()));
    }

    /** Lines replaced by number over the unchanged rest, and what was done. */
    private static final class Edit {
        private final Changelog changelog;
        private final Map<Integer, String> replaced = new HashMap<>();
        private final List<String> changes = new ArrayList<>();
        private final String lineEnd;

        Edit(Changelog changelog) {
            this.changelog = changelog;
            // a line added after the last line, which has none, takes the file's own line end
            this.lineEnd = changelog.lines().stream().map(Line::terminator).filter(t -> !t.isEmpty()).findFirst()
                    .orElse("\n");
        }

        Line line(int number) {
            return changelog.lines().get(number - 1);
        }

        String endOf(Line line) {
            return line.terminator().isEmpty() ? lineEnd : line.terminator();
        }

        void replace(Line line, String raw) {
            replaced.put(line.number(), raw);
        }

        String text() {
            StringBuilder text = new StringBuilder();
            for (Line line : changelog.lines()) {
                text.append(replaced.getOrDefault(line.number(), line.raw()));
            }
            return text.toString();
        }
    }
}
