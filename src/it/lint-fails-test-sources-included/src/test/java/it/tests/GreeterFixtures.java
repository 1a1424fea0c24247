package it.tests;

public class GreeterFixtures {
    public static String name() {
        String spare = "Bob";
        return "Ada";
    }
}
