package it.shared.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FeesTest {

    private final Fees fees = new Fees();

    @Test
    void minimumFee() {
        assertEquals(1L, fees.fee(10, false));
    }

    @Test
    void expressDoubles() {
        assertEquals(20L, fees.fee(500, true));
    }
}
