package it.core;

/** Turns titles into URL slugs. */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String title) {
        String lower = title.trim().toLowerCase();
        if (lower.isEmpty()) {
            return "untitled";
        }
        return lower.replace(' ', '-');
    }
}
