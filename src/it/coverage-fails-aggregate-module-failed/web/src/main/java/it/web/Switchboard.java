package it.web;

import it.lib.Flags;

/** Shows a switch. */
public final class Switchboard {

    private Switchboard() {
    }

    public static String show(String value) {
        return Flags.on(value) ? "[x]" : "[ ]";
    }
}
