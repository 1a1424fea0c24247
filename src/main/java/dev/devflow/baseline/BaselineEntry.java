package dev.devflow.baseline;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding recorded in the baseline. Only the fingerprint is matched; rule and path are there
 * for the person reading the baseline's diff in a review.
 */
public record BaselineEntry(String fingerprint, String rule, String path) {

    /** The order in the file: by path, then rule, then fingerprint, so a diff groups by file. */
    public static final Comparator<BaselineEntry> IN_FILE_ORDER = Comparator.comparing(BaselineEntry::path)
            .thenComparing(BaselineEntry::rule).thenComparing(BaselineEntry::fingerprint);

    public BaselineEntry {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
    }
}
