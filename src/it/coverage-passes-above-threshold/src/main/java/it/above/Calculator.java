package it.above;

/** Small arithmetic, all of it tested except describe(). */
public class Calculator {

    public int add(int a, int b) {
        return a + b;
    }

    public int clamp(int value, int max) {
        if (value > max) {
            return max;
        }
        return value;
    }

    public int sign(int value) {
        if (value < 0) {
            return -1;
        }
        if (value == 0) {
            return 0;
        }
        return 1;
    }

    public String describe() {
        return "calculator";
    }
}
