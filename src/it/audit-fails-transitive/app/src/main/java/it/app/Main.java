package it.app;

import it.liba.Greeting;

public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.out.println(Greeting.of("world"));
    }
}
