package it.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LedgerTest {

    private final Ledger ledger = new Ledger();

    @Test
    void adds() {
        assertEquals(5, ledger.add(2, 3));
    }

    @Test
    void clampsDown() {
        assertEquals(3, ledger.clamp(7, 3));
    }
}
