package it.known;

/** Normalises product codes, but drops what trim() returns. */
public class Cart {

    public String normalise(String code) {
        code.trim();
        return code.toUpperCase(java.util.Locale.ROOT);
    }
}
