package it.newcode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PricesTest {

    @Test
    void net() {
        assertEquals(1000L, Prices.net(1200L));
    }

    @Test
    void discounted() {
        assertEquals(900L, Prices.discounted(1000L, 10));
        assertEquals(1000L, Prices.discounted(1000L, 0));
    }
}
