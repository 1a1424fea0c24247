package it.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void pathIsTheSlugOfTheTitle() {
        assertEquals("/pages/hello-world", new Page("Hello World").path());
    }
    // feature:start

    @Test
    void monogramHasTheInitials() {
        assertEquals("HW", new Page("hello  world").monogram());
    }
    // feature:end
}
