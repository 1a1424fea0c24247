package it.notcompiled;

/** Sources nothing has compiled. */
public class Cart {

    public String normalise(String code) {
        return code.trim();
    }
}
