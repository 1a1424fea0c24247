package it.crit.core;

/** Display names. */
public class Names {

    public String display(String first, String last) {
        return last.toUpperCase() + ", " + first;
    }
}
