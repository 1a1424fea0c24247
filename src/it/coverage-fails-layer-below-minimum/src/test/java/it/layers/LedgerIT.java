package it.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LedgerIT {

    @Test
    void totals() {
        assertEquals(6, new Ledger().total(1, 2, 3));
    }
}
