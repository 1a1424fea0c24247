package dev.devflow.gate;

/** The outcome of one gate on one module. */
public enum GateStatus {
    /** Every threshold holds. */
    PASSED("passed"),
    /** Thresholds hold, but something the user should see was reported as a warning. */
    WARNED("passed with warnings"),
    /** At least one threshold or error finding fails the build. */
    FAILED("FAILED"),
    /** Nothing to measure here (a module without classes); stated, never shown as a pass. */
    NOT_APPLICABLE("not applicable"),
    /** Switched off by the user. */
    SKIPPED("skipped");

    private final String label;

    GateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
