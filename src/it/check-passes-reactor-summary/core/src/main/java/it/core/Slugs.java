package it.core;

import java.util.Locale;

/** URL slugs. */
public class Slugs {

    public String slug(String title) {
        return title.trim().toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
