package dev.devflow.gate;

/**
 * How much a finding weighs. Only {@link #ERROR} can fail a build; a warning is printed and
 * reported, a note only explains (for example the classes that miss the most lines).
 */
public enum Severity {
    ERROR,
    WARNING,
    NOTE
}
