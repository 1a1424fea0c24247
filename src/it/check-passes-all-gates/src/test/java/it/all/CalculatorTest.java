package it.all;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalculatorTest {

    private final Calculator calculator = new Calculator();

    @Test
    void adds() {
        assertEquals(5, calculator.add(2, 3));
    }

    @Test
    void clampsBothWays() {
        assertEquals(3, calculator.clamp(7, 3));
        assertEquals(2, calculator.clamp(2, 3));
    }
}
