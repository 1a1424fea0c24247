package it.core;

import java.util.ArrayList;
import java.util.List;

/** Never loaded by any test. */
public class Ledger {

    private final List<Long> entries = new ArrayList<>();

    public void add(long cents) {
        if (cents != 0) {
            entries.add(cents);
        }
    }

    public long balance() {
        return entries.stream().mapToLong(Long::longValue).sum();
    }
}
