package it.newcode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PricesTest {

    @Test
    void net() {
        assertEquals(1000L, Prices.net(1200L));
    }
}
