package it.clean;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A percentage off a price. */
public final class Discount {

    private final int percent;

    public Discount(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be 0-100: " + percent);
        }
        this.percent = percent;
    }

    public BigDecimal apply(BigDecimal price) {
        BigDecimal kept = BigDecimal.valueOf(100L - percent);
        return price.multiply(kept).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
