package it.pyramid;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PricesTest {

    @Test
    void grossAddsTwentyPercent() {
        assertEquals(120, Prices.gross(100));
    }

    @Test
    void zeroStaysZero() {
        assertEquals(0, Prices.gross(0));
    }
}
