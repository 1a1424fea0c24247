package it.layers;

/** The unit tests run add() and clamp() down; the integration test runs total() only. */
public class Ledger {

    public int add(int a, int b) {
        return a + b;
    }

    public int clamp(int value, int max) {
        if (value > max) {
            return max;
        }
        return value;
    }

    public int total(int... amounts) {
        int sum = 0;
        for (int amount : amounts) {
            sum += amount;
        }
        return sum;
    }
}
