package it.lib;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tagged on the class: both tests are integration tests, though Surefire runs them. */
@Tag("integration")
class RatesStoreTest {

    @Test
    void loads() {
        assertEquals(5, Rates.percent(25, 20));
    }

    @Test
    void saves() {
        assertEquals(50, Rates.percent(250, 20));
    }
}
