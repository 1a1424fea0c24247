package it.app;

import it.core.Slugs;

/** A page with a title and its address. */
public class Page {

    private final String title;

    public Page(String title) {
        this.title = title;
    }

    public String path() {
        return "/pages/" + Slugs.of(title);
    }
}
