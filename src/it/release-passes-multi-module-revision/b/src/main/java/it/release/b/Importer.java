package it.release.b;

import it.release.a.Parser;

public class Importer {
    public String load(String text) {
        return new Parser().parse(text);
    }
}
