package it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void slugs() {
        assertEquals("hello-world", new Slugs().slug(" Hello World "));
    }
}
