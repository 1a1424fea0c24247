package dev.devflow.changelog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A CHANGELOG.md read leniently into the parts of Keep a Changelog 1.1.0, every part with its
 * line number, over the file's lines kept byte for byte: {@link #text()} gives back exactly
 * what was read, so an editor can change some lines and leave every other byte alone.
 *
 * @param lines          every line as written
 * @param titleLine      line of the first level-one heading, 0 when there is none
 * @param title          its text without {@code #}, or null
 * @param releases       the release headings in file order, {@code [Unreleased]} included
 * @param otherHeadings  level-two headings that are not releases ({@code ## Highlights})
 * @param links          link reference definitions
 */
public record Changelog(List<Line> lines, int titleLine, String title, List<Release> releases,
                        List<Line> otherHeadings, List<LinkReference> links) {

    public Changelog {
        lines = List.copyOf(lines);
        releases = List.copyOf(releases);
        otherHeadings = List.copyOf(otherHeadings);
        links = List.copyOf(links);
    }

    /** The file's text, byte for byte as read. */
    public String text() {
        return lines.stream().map(Line::raw).collect(Collectors.joining());
    }

    public Optional<Release> unreleased() {
        return releases.stream().filter(Release::unreleased).findFirst();
    }

    /** Released versions, top to bottom. */
    public List<Release> versions() {
        return releases.stream().filter(r -> !r.unreleased()).toList();
    }

    public Optional<LinkReference> link(String label) {
        return links.stream().filter(l -> l.label().equalsIgnoreCase(label)).findFirst();
    }
}
