package it.crit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void lastNameFirst() {
        assertEquals("LOVELACE, Ada", new Names().display("Ada", "Lovelace"));
    }
}
