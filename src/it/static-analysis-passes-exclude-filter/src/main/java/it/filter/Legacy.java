package it.filter;

/** Frozen code: the dropped trim() result (RV_RETURN_VALUE_IGNORED) is excluded by the filter. */
public class Legacy {

    public String normalise(String code) {
        code.trim();
        return code.toUpperCase(java.util.Locale.ROOT);
    }
}
