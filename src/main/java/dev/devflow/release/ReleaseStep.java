package dev.devflow.release;

/** The steps of {@code devflow:release}, in the order they run; a failure names the one it happened in. */
public enum ReleaseStep {
    READINESS("readiness"),
    VERSION("version"),
    EDIT("edit"),
    VERIFY("verify"),
    RECORD("record"),
    PUSH("push"),
    ROLLBACK("rollback");

    private final String label;

    ReleaseStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
