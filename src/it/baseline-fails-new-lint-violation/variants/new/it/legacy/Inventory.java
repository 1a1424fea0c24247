package it.legacy;

/** Counts what is in stock. */
public class Inventory {

    public long count(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
        }
        return 0L;
    }

        private int reserved;

    public int parse(String text) {
        try {
            return Integer.parseInt(text);
        }   catch   (NumberFormatException e) {
        }
        return 0;
    }
}
