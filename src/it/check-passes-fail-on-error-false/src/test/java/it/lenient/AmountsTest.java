package it.lenient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void parses() {
        assertEquals(1250L, Amounts.parse(" 1250 "));
        assertEquals(0L, Amounts.parse("  "));
    }
}
