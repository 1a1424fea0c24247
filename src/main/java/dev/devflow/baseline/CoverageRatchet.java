package dev.devflow.baseline;

import dev.devflow.gate.GateInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * "Coverage must not decrease": holds a module's line and branch ratios to the ones recorded in
 * the baseline. Only those two, because they are what people read; the other four move with them
 * and would fail the same change twice. A rise is reported with the hint to record it, so the
 * ratchet clicks only when someone chooses to.
 */
public final class CoverageRatchet {

    public static final String DEFAULT_TOLERANCE = "0.0005";
    static final List<CoverageCounter> HELD = List.of(CoverageCounter.LINE, CoverageCounter.BRANCH);
    private static final String REFRESH = "mvn devflow:baseline";

    private final BigDecimal tolerance;

    private CoverageRatchet(BigDecimal tolerance) {
        this.tolerance = tolerance;
    }

    /** @param tolerance how far a ratio may fall before it counts, from 0 (inclusive) to 1 (exclusive) */
    public static CoverageRatchet withTolerance(BigDecimal tolerance) throws GateInputException {
        if (tolerance == null || tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.ONE) >= 0) {
            throw GateInputException.ofParameter("devflow.coverage.tolerance", "the tolerance is " + tolerance
                    + ", but it is a ratio from 0 to below 1.", "set it to a small ratio such as "
                    + DEFAULT_TOLERANCE + ".");
        }
        return new CoverageRatchet(tolerance);
    }

    /** How far below the recorded ratio coverage may fall before it fails. */
    public BigDecimal tolerance() {
        return tolerance;
    }

    /**
     * LINE and BRANCH of one module, recorded against now. The ratio now is rounded to the four
     * decimals the baseline keeps, so the "after" printed is what a refresh would record.
     */
    public List<RatchetResult> compare(String module, Map<CoverageCounter, BigDecimal> recorded,
                                       Map<CoverageCounter, BigDecimal> now) {
        return HELD.stream().map(counter -> compare(module, counter, recorded.get(counter),
                now.get(counter) == null ? null : now.get(counter).setScale(ModuleBaseline.SCALE,
                        RoundingMode.HALF_EVEN))).toList();
    }

    private RatchetResult compare(String module, CoverageCounter counter, BigDecimal before, BigDecimal after) {
        String what = module + ": " + counter + " coverage";
        if (before == null || after == null) {
            String why = before == null ? "the baseline records no " + counter + " ratio for it"
                    : "the module has nothing to cover for " + counter + " now";
            return result(module, counter, RatchetResult.Change.NOT_COMPARED, before, after,
                    what + " is not compared: " + why + ".");
        }
        if (after.compareTo(before.subtract(tolerance)) < 0) {
            return result(module, counter, RatchetResult.Change.FELL, before, after, what + " fell from "
                    + before.toPlainString() + " to " + after.toPlainString() + " (tolerance "
                    + tolerance.toPlainString() + "): cover the code again, or if the drop is intended,"
                    + " refresh the baseline with " + REFRESH + ".");
        }
        if (after.compareTo(before.add(tolerance)) > 0) {
            return result(module, counter, RatchetResult.Change.ROSE, before, after, what + " rose from "
                    + before.toPlainString() + " to " + after.toPlainString() + ": refresh the baseline with "
                    + REFRESH + " to keep the gain.");
        }
        return result(module, counter, RatchetResult.Change.UNCHANGED, before, after, what + " is "
                + after.toPlainString() + ", recorded " + before.toPlainString() + ".");
    }

    private static RatchetResult result(String module, CoverageCounter counter, RatchetResult.Change change,
                                        BigDecimal before, BigDecimal after, String message) {
        return new RatchetResult(module, counter, change, before, after, message);
    }
}
