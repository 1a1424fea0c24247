package it.clean;

import java.util.List;

/** Totals of an order. */
public class Totals {

    private final List<Integer> amounts;

    public Totals(List<Integer> amounts) {
        this.amounts = List.copyOf(amounts);
    }

    public int sum() {
        int sum = 0;
        for (int amount : amounts) {
            sum += amount;
        }
        return sum;
    }

    public boolean isEmpty() {
        return amounts.isEmpty();
    }
}
