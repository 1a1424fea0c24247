package dev.devflow.testing.sample;

/** A second class, with one method marked {@link Legacy}. */
public class Receipt {

    public static String header() {
        return "RECEIPT";
    }

    @Legacy
    public static String oldFooter() {
        String footer = "thanks";
        return footer.toUpperCase();
    }
}
