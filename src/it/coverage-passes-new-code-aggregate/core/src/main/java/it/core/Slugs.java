package it.core;

/** Turns titles into URL slugs. */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String title) {
        return title.trim().toLowerCase().replace(' ', '-');
    }
    // feature:start

    /** The first letter of each word, upper case: the page's monogram. */
    public static String initials(String title) {
        StringBuilder initials = new StringBuilder();
        for (String word : title.trim().split(" +")) {
            initials.append(Character.toUpperCase(word.charAt(0)));
        }
        return initials.toString();
    }
    // feature:end
}
