package it.stale;

/** Counts; the same in both versions. */
public class Counter {

    private int count;

    public int increment() {
        return ++count;
    }
}
