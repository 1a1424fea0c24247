package it.flaky;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

class BasketTest {

    @Test
    void sums() {
        assertEquals(3, 1 + 2);
    }

    /** Fails while target/flaky-marker does not exist (and creates it): passes on the rerun. */
    @Test
    void flakyOnFirstRun() throws Exception {
        Path marker = Path.of("target", "flaky-marker");
        if (Files.notExists(marker)) {
            Files.createDirectories(marker.getParent());
            Files.createFile(marker);
            fail("the first run fails");
        }
    }
}
