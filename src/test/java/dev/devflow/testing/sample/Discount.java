package dev.devflow.testing.sample;

/** A class whose coverage the tests record with a real JaCoCo runtime. */
public class Discount {

    public static long apply(long cents, String code) {
        if (code == null) {
            return cents;
        }
        if (code.equals("TEN")) {
            return cents - cents / 10;
        }
        return cents / 2;
    }

    public static String describe(long cents) {
        StringBuilder text = new StringBuilder();
        text.append(cents / 100);
        text.append('.');
        text.append(cents % 100);
        return text.toString();
    }
}
