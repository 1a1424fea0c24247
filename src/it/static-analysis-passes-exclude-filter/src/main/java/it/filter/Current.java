package it.filter;

/** New code, analysed like any other. */
public class Current {

    public String normalise(String code) {
        return code.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
