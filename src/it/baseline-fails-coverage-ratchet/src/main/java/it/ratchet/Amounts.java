package it.ratchet;

public final class Amounts {

    private Amounts() {
    }

    public static long parse(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        return Long.parseLong(text.trim());
    }

    public static String format(long cents) {
        if (cents < 0) {
            return "-" + format(-cents);
        }
        return cents / 100 + "." + String.format("%02d", cents % 100);
    }
}
