package dev.devflow.testresults;

import dev.devflow.gate.GateInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The most tests that may be skipped: a number of tests ({@code 3}) or a share of all tests
 * ({@code 5%} or {@code 0.05}).
 *
 * @param count the most skipped tests, or null when the limit is a share
 * @param share the most skipped share of all tests, or null when the limit is a count
 */
public record SkipLimit(Integer count, BigDecimal share) {

    public static SkipLimit count(int count) {
        return new SkipLimit(count, null);
    }

    /** {@code 3}, {@code 5%} or {@code 0.05}; null or blank for no limit. */
    public static SkipLimit parse(String parameter, String text) throws GateInputException {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            if (value.endsWith("%")) {
                return share(new BigDecimal(value.substring(0, value.length() - 1).trim()).movePointLeft(2), text, parameter);
            }
            if (value.contains(".")) {
                return share(new BigDecimal(value), text, parameter);
            }
            int count = Integer.parseInt(value);
            if (count >= 0) {
                return count(count);
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw invalid(parameter, text);
    }

    private static SkipLimit share(BigDecimal share, String text, String parameter) throws GateInputException {
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw invalid(parameter, text);
        }
        return new SkipLimit(null, share);
    }

    private static GateInputException invalid(String parameter, String text) {
        return GateInputException.ofParameter(parameter, "'" + text.trim() + "' is neither a number of tests nor a"
                + " share.", "write a count (3) or a share of all tests (5% or 0.05).");
    }

    /** The most skipped tests allowed among {@code all}: a share is rounded down. */
    long allowed(int all) {
        return count != null ? count
                : share.multiply(BigDecimal.valueOf(all)).setScale(0, RoundingMode.DOWN).longValueExact();
    }

    /** As the limit was given: {@code 3} or {@code 5% of 40 tests}. */
    String describe(int all) {
        return count != null ? count.toString()
                : share.movePointRight(2).stripTrailingZeros().toPlainString() + "% of " + all + " tests, "
                + allowed(all) + ",";
    }
}
