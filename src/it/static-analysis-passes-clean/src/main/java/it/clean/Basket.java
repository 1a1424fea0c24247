package it.clean;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Prices in a basket, with one discount over all of them. */
public final class Basket {

    private final List<BigDecimal> prices = new ArrayList<>();

    public void add(BigDecimal price) {
        prices.add(price);
    }

    public List<BigDecimal> prices() {
        return List.copyOf(prices);
    }

    public BigDecimal total(Discount discount) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal price : prices) {
            sum = sum.add(price);
        }
        return discount.apply(sum);
    }
}
