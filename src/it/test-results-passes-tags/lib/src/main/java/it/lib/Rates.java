package it.lib;

public final class Rates {

    private Rates() {
    }

    public static int percent(int amount, int rate) {
        return amount * rate / 100;
    }
}
