package it.missing;

public class Clock {
    public long now() {
        return System.currentTimeMillis();
    }
}
