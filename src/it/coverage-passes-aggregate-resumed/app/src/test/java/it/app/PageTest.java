package it.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void pathIsTheSlugOfTheTitle() {
        assertEquals("/pages/hello-world", new Page("Hello World").path());
    }

    @Test
    void blankTitle() {
        assertEquals("/pages/untitled", new Page("  ").path());
    }
}
