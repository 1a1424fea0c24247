package it.ratchet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParseTest {

    @Test
    void parses() {
        assertEquals(0, Amounts.parse(null));
        assertEquals(0, Amounts.parse(" "));
        assertEquals(1250, Amounts.parse(" 1250 "));
    }
}
