package it.core;

import java.util.List;
import java.util.Locale;

/** Prices in cents: branches, a lambda and a method nobody calls. */
public final class Pricing {

    private Pricing() {
    }

    public static long discounted(long cents, int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent " + percent);
        }
        return cents - cents * percent / 100;
    }

    public static List<String> labels(List<Long> cents) {
        return cents.stream().map(c -> c >= 10_000 ? "premium" : c > 0 ? "standard" : "free").toList();
    }

    public static String currency(String code) {
        return code == null ? "EUR" : code.toUpperCase(Locale.ROOT);
    }
}
