package dev.devflow.changelog;

/**
 * One line of the file exactly as written: its text and its own line end ({@code \n},
 * {@code \r\n}, {@code \r}, or empty for a last line without one), so that writing the lines
 * back gives the same bytes.
 *
 * @param number     1-based line number
 * @param text       the line without its line end (a leading BOM is kept on line 1)
 * @param terminator the line end as found
 */
public record Line(int number, String text, String terminator) {

    /** The text without a BOM and trailing blanks, as the parser reads it. */
    public String content() {
        String content = number == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
        return content.stripTrailing();
    }

    public String raw() {
        return text + terminator;
    }

    public boolean isBlank() {
        return content().isBlank();
    }
}
