package it.parity;

import java.util.List;
import java.util.function.Predicate;

/** Order pricing with branches, lambdas, a switch and code no test reaches. */
public class Orders {

    private final Predicate<Long> valid = price -> price != null && price > 0;

    public long total(List<Long> prices, boolean member) {
        long sum = prices.stream().filter(valid).mapToLong(Long::longValue).sum();
        if (member && sum > 1000) {
            return sum - sum / 10;
        }
        return sum;
    }

    public String tier(int points) {
        switch (points / 100) {
            case 0:
                return "bronze";
            case 1:
            case 2:
                return "silver";
            default:
                return points > 10_000 ? "platinum" : "gold";
        }
    }

    public List<String> labels(List<Long> prices) {
        return prices.stream().map(p -> p == 0 ? "free" : "paid").toList();
    }

    public void reset() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Never loaded by the tests. */
    static final class Audit {

        String note(long total) {
            return total > 0 ? "ok" : "empty";
        }
    }
}
