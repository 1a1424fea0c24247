package it.app;

/** Greets. */
public final class Greeter {

    private Greeter() {
    }

    public static String greet(String name) {
        return "Hello, " + name;
    }
}
