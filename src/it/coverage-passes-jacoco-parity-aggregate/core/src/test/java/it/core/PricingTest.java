package it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PricingTest {

    @Test
    void tenPercentOff() {
        assertEquals(900L, Pricing.discounted(1000L, 10));
    }
}
