package dev.devflow.changelog;

import dev.devflow.version.SemVer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A level-two heading that is a release, or {@code [Unreleased]}, with what follows it up to the
 * next such heading.
 *
 * @param line        the heading's line
 * @param name        the version or {@code Unreleased} as written, without brackets or {@code v}
 * @param unreleased  whether this is the Unreleased section
 * @param bracketed   written {@code [1.2.3]} (the format's form) rather than {@code 1.2.3}
 * @param vPrefix     written {@code v1.2.3}
 * @param inlineUrl   the URL of an inline-link heading ({@code [1.2.3](url)}), or null
 * @param reference   the label of a full reference heading ({@code [1.2.3][label]}), or null
 * @param separator   what stands between version and date ({@code -}), or null without date
 * @param dateText    the date as written, or null
 * @param yanked      marked {@code [YANKED]}
 * @param sections    its {@code ###} groups
 * @param looseEntries entries before any {@code ###} group
 * @param proseLines  lines of other text (an old release written as prose)
 */
public record Release(int line, String name, boolean unreleased, boolean bracketed, boolean vPrefix,
                      String inlineUrl, String reference, String separator, String dateText, boolean yanked,
                      List<Section> sections, List<Entry> looseEntries, int proseLines) {

    public Release {
        sections = List.copyOf(sections);
        looseEntries = List.copyOf(looseEntries);
    }

    public Optional<SemVer> version() {
        return unreleased ? Optional.empty() : SemVer.parse(name);
    }

    /** The date when it is {@code YYYY-MM-DD} and a real day. */
    public Optional<LocalDate> date() {
        return ChangelogDates.parse(dateText);
    }

    /** Every entry, in sections and outside. */
    public List<Entry> entries() {
        return java.util.stream.Stream.concat(looseEntries.stream(),
                sections.stream().flatMap(s -> s.entries().stream())).toList();
    }

    public boolean isEmpty() {
        return entries().isEmpty() && proseLines == 0;
    }

    /** The label a link reference for this heading has: {@code Unreleased}, {@code 1.2.3}, {@code v1.2.3}. */
    public String linkLabel() {
        if (reference != null && !reference.isEmpty()) {
            return reference;
        }
        return vPrefix ? "v" + name : name;
    }
}
