package dev.devflow.release.pom;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An element of a pom with the character offsets of its tags and content, which is all an edit
 * in place needs. Offsets index {@link PomSource#text()}.
 *
 * @param name         the tag name as written
 * @param line         line of the start tag
 * @param start        offset of the start tag's {@code <}
 * @param contentStart offset just after the start tag; {@code end} for an empty-element tag
 * @param contentEnd   offset of the end tag's {@code <}; {@code end} for an empty-element tag
 * @param end          offset just after the end tag
 * @param selfClosing  written {@code <name/>}, with no content to replace
 * @param content      the raw content of an element without child elements, else empty
 * @param children     the child elements in document order
 */
record PomElement(String name, int line, int start, int contentStart, int contentEnd, int end,
                  boolean selfClosing, String content, List<PomElement> children) {

    private static final Pattern MARKUP =
            Pattern.compile("<!--.*?-->|<\\?.*?\\?>|<!\\[CDATA\\[(.*?)]]>|&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);", Pattern.DOTALL);

    PomElement {
        children = List.copyOf(children);
    }

    Optional<PomElement> child(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).findFirst();
    }

    Optional<String> childValue(String childName) {
        return child(childName).map(PomElement::value);
    }

    /** The text as Maven reads it: trimmed, with CDATA unwrapped, entities resolved and comments dropped. */
    String value() {
        return plain() ? content.trim() : unescape(content).trim();
    }

    /** The content is bare text, so replacing it loses no markup. */
    boolean plain() {
        return content.indexOf('<') < 0 && content.indexOf('&') < 0;
    }

    /**
     * Replaces the value and keeps the whitespace around it; an empty-element tag becomes a start
     * and an end tag around the value.
     */
    PomSource.Splice replaceValue(String value) {
        if (selfClosing) {
            return new PomSource.Splice(start, end, "<" + name + ">" + value + "</" + name + ">");
        }
        int first = contentStart;
        int last = contentEnd;
        while (first < last && Character.isWhitespace(content.charAt(first - contentStart))) {
            first++;
        }
        while (last > first && Character.isWhitespace(content.charAt(last - 1 - contentStart))) {
            last--;
        }
        return new PomSource.Splice(first, last, value);
    }

    private static String unescape(String raw) {
        Matcher matcher = MARKUP.matcher(raw);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(text, Matcher.quoteReplacement(replacement(matcher)));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    private static String replacement(Matcher markup) {
        if (markup.group(1) != null) {
            return markup.group(1);
        }
        String entity = markup.group(2);
        if (entity == null) {
            return ""; // a comment or processing instruction
        }
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> entity.startsWith("#x") ? Character.toString(Integer.parseInt(entity.substring(2), 16))
                    : entity.startsWith("#") ? Character.toString(Integer.parseInt(entity.substring(1)))
                    : markup.group();
        };
    }
}
