package it.lib;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FlagsTest {

    @Test
    void yesIsOn() {
        assertTrue(Flags.on("yes"), "the scenario's failing test");
    }
}
