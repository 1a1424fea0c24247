package it.skip;

/** Drops what trim() returns: RV_RETURN_VALUE_IGNORED, were the gate not skipped. */
public class Cart {

    public String normalise(String code) {
        code.trim();
        return code;
    }
}
