package it.all;

/** Adds and clamps amounts. */
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
}
