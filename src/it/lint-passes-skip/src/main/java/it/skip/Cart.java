package it.skip;

public class Cart {
    private int unused;

    public int size() {
        return 0;
    }
}
