package dev.devflow.gate;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing a gate found, in the same shape for every gate.
 *
 * @param ruleId   stable id of the rule that produced it ({@code coverage.uncovered-lines}),
 *                 explained in the docs
 * @param severity how much it weighs
 * @param message  what is wrong, as a person reads it
 * @param location    where it is, or null when it has no place in a file
 * @param fingerprint its identity across edits (rule, file, enclosing code, the line's text), by
 *                    which the baseline knows it; null for findings that are not matched that way
 */
public record Finding(String ruleId, Severity severity, String message, Location location, String fingerprint) {

    /**
     * Errors first, then warnings, then notes; within a severity a gate's own order stands (the
     * sort is stable), so coverage lists the classes that miss most first and static analysis
     * the scariest bugs first.
     */
    public static final Comparator<Finding> MOST_SEVERE_FIRST = Comparator.comparing(Finding::severity);

    /** By file, line and column: the order of a listing grouped by file; findings without place first. */
    public static final Comparator<Finding> BY_PLACE = Comparator
            .comparing((Finding f) -> f.location() == null ? "" : f.location().path())
            .thenComparingInt(f -> f.location() == null ? 0 : f.location().line())
            .thenComparingInt(f -> f.location() == null ? 0 : f.location().column());

    private static final String KNOWN = "known (in the baseline): ";

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** A finding without a fingerprint. */
    public Finding(String ruleId, Severity severity, String message, Location location) {
        this(ruleId, severity, message, location, null);
    }

    public Finding withFingerprint(String print) {
        return new Finding(ruleId, severity, message, location, print);
    }

    /** The same finding, recorded in the baseline: reported as a note, never a failure. */
    public Finding asKnown() {
        return new Finding(ruleId, Severity.NOTE, KNOWN + message, location, fingerprint);
    }

    /** Whether the baseline knows it (see {@link #asKnown()}). */
    public boolean isKnown() {
        return severity == Severity.NOTE && message.startsWith(KNOWN);
    }

    /** {@code path:line  message}, or just the message when there is no location. */
    public String describe() {
        return location == null ? message : location + "  " + message;
    }
}
