package dev.devflow.changelog;

import java.util.List;

/**
 * A group of changes in a release ({@code ### Added}).
 *
 * @param line    the heading's line
 * @param name    the heading text as written
 * @param entries its entries
 * @param proseLines lines of other text under it (paragraphs, code)
 */
public record Section(int line, String name, List<Entry> entries, int proseLines) {

    /** The six change types of Keep a Changelog 1.1.0, in the format's order. */
    public static final List<String> TYPES = List.of("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security");

    public Section {
        entries = List.copyOf(entries);
    }

    /**
     * The standard name this heading means regardless of case and brackets ({@code FIXED} and
     * {@code [Fixed]} are Fixed), or null.
     */
    public String type() {
        String bare = name.trim();
        if (bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1).trim();
        }
        String wanted = bare;
        return TYPES.stream().filter(t -> t.equalsIgnoreCase(wanted)).findFirst().orElse(null);
    }
}
