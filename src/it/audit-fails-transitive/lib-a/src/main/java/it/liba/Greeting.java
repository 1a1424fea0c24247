package it.liba;

import org.apache.commons.text.WordUtils;

public final class Greeting {

    private Greeting() {
    }

    public static String of(String name) {
        return "Hello " + WordUtils.capitalize(name);
    }
}
