package it.release;

public class Greeter {
    public String greet() {
        return "Hello";
    }
}
