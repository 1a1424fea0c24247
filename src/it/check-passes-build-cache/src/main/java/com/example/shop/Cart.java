package com.example.shop;

import com.example.shop.pricing.PriceCalculator;

import java.util.ArrayList;
import java.util.List;

/** A shopping cart: items and their total. */
public class Cart {

    private final List<Long> prices = new ArrayList<>();
    private final PriceCalculator calculator = new PriceCalculator();

    public void add(long priceInCents) {
        if (priceInCents < 0) {
            throw new IllegalArgumentException("price must not be negative: " + priceInCents);
        }
        prices.add(priceInCents);
    }

    /** Not tested yet: the gate's table and report show it as missed. */
    public void clear() {
        prices.clear();
    }

    public int size() {
        return prices.size();
    }

    public long total(String voucher) {
        long sum = prices.stream().mapToLong(Long::longValue).sum();
        return calculator.discounted(sum, voucher);
    }
}
