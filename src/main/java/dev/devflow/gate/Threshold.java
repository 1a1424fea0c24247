package dev.devflow.gate;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A bound a measured value must respect. Values are compared as {@link BigDecimal}, so that
 * 0.85 configured means exactly 0.85 (as jacoco:check compares).
 */
public record Threshold(Bound bound, BigDecimal limit) {

    public enum Bound {
        MINIMUM("≥", "minimum"),
        MAXIMUM("≤", "maximum");

        private final String symbol;
        private final String word;

        Bound(String symbol, String word) {
            this.symbol = symbol;
            this.word = word;
        }

        public String symbol() {
            return symbol;
        }

        public String word() {
            return word;
        }
    }

    public Threshold {
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(limit, "limit");
    }

    /**
     * A limit as a user writes it: a number ({@code 0.85}, {@code 12}) or a percentage
     * ({@code 85%}, read as 0.85), as jacoco:check reads its limits; null when blank.
     * Parameters take it as text, which every Maven converts (Maven 3.6 and 3.8 cannot create a
     * {@code BigDecimal} parameter), and a bad value fails with this message instead of Maven's.
     *
     * @param parameter the parameter named in the message
     */
    public static BigDecimal parseLimit(String parameter, String text) throws GateInputException {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return trimmed.endsWith("%")
                    ? new BigDecimal(trimmed.substring(0, trimmed.length() - 1).trim()).movePointLeft(2)
                    : new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            throw GateInputException.ofParameter(parameter, "'" + text + "' is not a number.",
                    "write a ratio such as 0.85 or a percentage such as 85%.");
        }
    }

    public static Threshold minimum(BigDecimal limit) {
        return new Threshold(Bound.MINIMUM, limit);
    }

    public static Threshold maximum(BigDecimal limit) {
        return new Threshold(Bound.MAXIMUM, limit);
    }

    public boolean isMetBy(BigDecimal value) {
        int order = value.compareTo(limit);
        return bound == Bound.MINIMUM ? order >= 0 : order <= 0;
    }

    /** {@code ≥ 0.85} */
    @Override
    public String toString() {
        return bound.symbol() + " " + limit.toPlainString();
    }
}
