package com.example.shop.pricing;

/** Applies vouchers to a sum. Critical: money is computed here. */
public class PriceCalculator {

    public long discounted(long sumInCents, String voucher) {
        if (voucher == null || voucher.isEmpty()) {
            return sumInCents;
        }
        if (voucher.equals("TENOFF")) {
            return sumInCents - sumInCents / 10;
        }
        if (voucher.equals("HALF")) {
            return sumInCents / 2;
        }
        throw new IllegalArgumentException("unknown voucher: " + voucher);
    }
}
