package it.release.a;

public class Parser {
    public String parse(String text) {
        return text.trim();
    }
}
