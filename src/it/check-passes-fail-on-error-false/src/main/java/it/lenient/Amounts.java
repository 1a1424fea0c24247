package it.lenient;

import java.util.List;

/** Parses and formats amounts in cents; only parsing is tested. */
public final class Amounts {

    private Amounts() {
    }

    public static long parse(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return 0;
        }
        return Long.parseLong(trimmed);
    }

    public static String format(long cents) {
        long euros = cents / 100;
        long rest = cents % 100;
        String padding = rest < 10 ? "0" : "";
        return euros + "," + padding + rest;
    }
}
