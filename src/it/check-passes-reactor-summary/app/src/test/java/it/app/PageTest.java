package it.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void marksDrafts() {
        assertEquals("Home (draft)", new Page().title("Home", true));
        assertEquals("Home", new Page().title("Home", false));
    }
}
