package it.newcode;

/** Prices in cents. The tests of main cover net() only; feature tests discounted(). */
public final class Prices {

    private Prices() {
    }

    public static long net(long gross) {
        return gross * 100 / 120;
    }

    public static long rounded(long cents) {
        long rest = cents % 100;
        return rest < 50 ? cents - rest : cents + 100 - rest;
    }

    public static String format(long cents) {
        return cents / 100 + "," + String.format("%02d", cents % 100);
    }

    /**
     * A price less a discount, in cents.
     *
     * @param percent the discount; none at 0 or below
     */
    @SuppressWarnings("unused")
    public static long discounted(long cents, int percent) {
        if (percent <= 0) {
            return cents;
        }

        long off = cents * percent / 100;
        return cents - off;
    }
}
