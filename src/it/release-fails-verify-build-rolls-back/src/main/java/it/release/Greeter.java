package it.release;

public class Greeter {
    public String greet() {
        return 42; // does not compile: the release's verify build fails on it
    }
}
