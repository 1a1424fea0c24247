package it.stale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GreeterTest {

    @Test
    void greets() {
        assertEquals("Hello, Ada", new Greeter().greet("Ada"));
    }

    @Test
    void counts() {
        Counter counter = new Counter();
        counter.increment();
        assertEquals(2, counter.increment());
    }
}
