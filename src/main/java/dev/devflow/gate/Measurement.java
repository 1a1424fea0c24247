package dev.devflow.gate;

import java.util.Objects;

/**
 * A number a gate measured, optionally held against a threshold.
 *
 * @param name      what was measured ({@code LINE COVEREDRATIO of bundle app})
 * @param value     the measured value as the gate shows it ({@code 0.71}, {@code 3})
 * @param detail    the raw numbers behind it ({@code 71 of 100 covered}), may be empty
 * @param threshold the bound it is held to, or null for a number that is only reported
 * @param met       whether the threshold holds (always true without one)
 * @param message   the full sentence when not met: measured against expected and the fix;
 *                  empty when met
 */
public record Measurement(String name, String value, String detail, Threshold threshold,
                          boolean met, String message) {

    public Measurement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        detail = detail == null ? "" : detail;
        message = message == null || met ? "" : message;
        if (threshold == null && !met) {
            throw new IllegalArgumentException("a measurement without threshold cannot fail: " + name);
        }
    }

    /** A number shown for information, never failing. */
    public static Measurement reported(String name, String value, String detail) {
        return new Measurement(name, value, detail, null, true, "");
    }
}
