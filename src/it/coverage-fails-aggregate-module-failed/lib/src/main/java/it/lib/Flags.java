package it.lib;

/** Reads on/off switches. */
public final class Flags {

    private Flags() {
    }

    public static boolean on(String value) {
        return "on".equals(value) || "true".equals(value);
    }
}
