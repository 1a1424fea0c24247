package it.corrupt;

/** A clean class next to the corrupt one. */
public class Greeter {

    public String greet(String name) {
        return "Hello, " + name;
    }
}
