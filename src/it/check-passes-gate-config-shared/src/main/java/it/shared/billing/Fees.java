package it.shared.billing;

/** Fees in cents; the guard against negative amounts is never tested. */
public class Fees {

    public long fee(long amount, boolean express) {
        if (amount < 0) {
            throw new IllegalArgumentException("negative amount");
        }
        long base = amount / 50;
        if (base < 1) {
            base = 1;
        }
        if (express) {
            base = base * 2;
        }
        long capped = Math.min(base, 1000);
        return capped;
    }
}
