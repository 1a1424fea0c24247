package it.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LegacyTest {

    @Test
    void quantities() {
        assertEquals(3, new Orders().quantity("3"));
        assertEquals(0, new Orders().quantity("three"));
    }

    @Test
    void stock() {
        assertEquals(5, new Stock().available(5));
    }
}
