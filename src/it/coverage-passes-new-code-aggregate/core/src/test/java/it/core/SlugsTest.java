package it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void slugOfATitle() {
        assertEquals("hello-world", Slugs.of(" Hello World "));
    }
}
