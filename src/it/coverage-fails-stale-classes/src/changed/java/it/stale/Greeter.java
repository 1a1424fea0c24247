package it.stale;

/** Greets. */
public class Greeter {

    public String greet(String name) {
        return "Hi, " + name;
    }
}
