package it.gh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LedgerTest {

    @Test
    void keepsTheBalance() {
        Ledger ledger = new Ledger();
        ledger.post(250);
        assertEquals(200L, ledger.post(-50));
    }
}
