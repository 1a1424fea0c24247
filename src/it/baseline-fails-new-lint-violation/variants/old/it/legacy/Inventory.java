package it.legacy;

public class Inventory {
    private int reserved;

    public int parse(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
        }
        return 0;
    }
}
