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
