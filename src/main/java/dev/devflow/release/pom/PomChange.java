package dev.devflow.release.pom;

/**
 * One text a release changed in a pom, for the log and the dry-run listing.
 *
 * @param line    1-based line of the changed element's start tag
 * @param element what was changed: {@code project/version}, {@code parent/version},
 *                {@code dependency com.acme:core} (also {@code plugin …}, {@code extension …}),
 *                {@code property revision}
 * @param before  the text before, trimmed
 * @param after   the text after
 */
public record PomChange(int line, String element, String before, String after) {

    @Override
    public String toString() {
        return line + ": " + element + " " + before + " -> " + after;
    }
}
