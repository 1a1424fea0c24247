package it.ratchet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void formats() {
        assertEquals("12.05", Amounts.format(1205));
        assertEquals("-0.50", Amounts.format(-50));
    }
}
