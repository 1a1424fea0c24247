package dev.devflow.baseline;

import java.math.BigDecimal;

/**
 * How one coverage counter of a module compares with the baseline.
 *
 * @param before  the recorded ratio, null when the baseline has none
 * @param after   the ratio now, null when the module has nothing to count
 * @param message what happened and, where there is one, what to do
 */
public record RatchetResult(String module, CoverageCounter counter, Change change, BigDecimal before,
                            BigDecimal after, String message) {

    public enum Change {
        /** Below the recorded ratio by more than the tolerance: the only change that fails. */
        FELL,
        /** Above it by more than the tolerance: worth recording, never a failure. */
        ROSE,
        UNCHANGED,
        /** One side has no ratio, so there is nothing to hold the module to. */
        NOT_COMPARED
    }

    public boolean fails() {
        return change == Change.FELL;
    }
}
