package it.shared.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PrinterTest {

    @Test
    void title() {
        assertEquals("Receipt of Corner Shop", new Printer().title("Corner Shop"));
    }
}
