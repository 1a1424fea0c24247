package it.paths;

import java.util.List;

/** URL slugs. */
public class Slugs {

    public String slug(String title) {
        return title.trim().replace(' ', '-');
    }
}
