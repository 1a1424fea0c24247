package dev.devflow.changelog;

import java.util.List;

/**
 * A group of changes in a release ({@code ### Added}).
 *
 * @param line    the heading's line
 * @param name    the heading text as written
 * @param entries its entries
 */
public record Section(int line, String name, List<Entry> entries) {

    /** The six change types of Keep a Changelog 1.1.0, in the format's order. */
    public static final List<String> TYPES = List.of("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security");

    public Section {
        entries = List.copyOf(entries);
    }

    /** The standard name this heading means regardless of case ({@code FIXED} is Fixed), or null. */
    public String type() {
        return TYPES.stream().filter(t -> t.equalsIgnoreCase(name.trim())).findFirst().orElse(null);
    }
}
