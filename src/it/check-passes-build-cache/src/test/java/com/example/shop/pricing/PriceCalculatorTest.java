package com.example.shop.pricing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PriceCalculatorTest {

    private final PriceCalculator calculator = new PriceCalculator();

    @Test
    void noVoucherNoDiscount() {
        assertEquals(1000, calculator.discounted(1000, ""));
    }

    @Test
    void vouchers() {
        assertEquals(900, calculator.discounted(1000, "TENOFF"));
        assertEquals(500, calculator.discounted(1000, "HALF"));
    }

    @Test
    void unknownVoucher() {
        assertThrows(IllegalArgumentException.class, () -> calculator.discounted(1000, "FREE"));
    }
}
