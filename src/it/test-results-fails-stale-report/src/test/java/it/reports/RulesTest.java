package it.reports;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class RulesTest {

    @Test
    void holds() {
        assertTrue(true);
    }
}
