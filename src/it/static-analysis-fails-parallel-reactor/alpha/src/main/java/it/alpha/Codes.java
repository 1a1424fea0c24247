package it.alpha;

/** Drops what trim() returns. */
public class Codes {

    public String normalise(String code) {
        code.trim();
        return code;
    }
}
