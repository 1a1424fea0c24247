package it.pyramid;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PricesIT {

    @Test
    void aWholeBasket() {
        assertEquals(360, Prices.gross(100) + Prices.gross(200));
    }
}
