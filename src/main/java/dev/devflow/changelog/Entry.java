package dev.devflow.changelog;

/**
 * One change entry: a list item ({@code - Fixed the thing}) with its continuation lines.
 *
 * @param line     where the item starts
 * @param lastLine where it ends
 * @param text     the item's text without the bullet, continuation lines joined by a space
 */
public record Entry(int line, int lastLine, String text) {

    /** Entries that say they break compatibility ({@code BREAKING}), for the release version. */
    public boolean isBreaking() {
        return text.contains("BREAKING");
    }
}
