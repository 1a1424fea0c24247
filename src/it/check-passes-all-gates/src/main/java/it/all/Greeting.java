package it.all;

/** Greets by name. */
public class Greeting {

    public String greet(String name) {
        return "Hello, " + name + "!";
    }
}
