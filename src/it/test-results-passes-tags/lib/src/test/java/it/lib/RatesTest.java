package it.lib;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RatesTest {

    @Test
    void twentyPercent() {
        assertEquals(20, Rates.percent(100, 20));
    }

    @Test
    void zeroRate() {
        assertEquals(0, Rates.percent(100, 0));
    }
}
