package it.pyramid;

public final class Prices {

    private Prices() {
    }

    public static long gross(long net) {
        return net * 120 / 100;
    }
}
