package it.dup;

public class Receipts {

    public int score(int[] values, int limit) {
        int total = 0;
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] > limit) {
                total += values[i] * 3;
                count++;
            } else if (values[i] < -limit) {
                total -= values[i] / 2;
            } else {
                total += values[i];
            }
        }
        if (count > values.length / 2) {
            total = total * 2 + count;
        } else {
            total = total - count;
        }
        return total + values.length * 7;
    }
}
