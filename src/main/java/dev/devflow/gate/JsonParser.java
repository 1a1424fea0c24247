package dev.devflow.gate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON reader of the plugin, for the files devflow writes and reads back: the release
 * journal and the baseline. Hand-written so the plugin carries no JSON library for two small
 * files. Whole numbers become {@code Long} (a {@code BigDecimal} when too big), numbers with a
 * fraction or exponent {@code BigDecimal}, so that a ratio read back compares exactly. A name
 * given twice in one object is an error, not a silent overwrite: in a file edited by hand it is
 * almost always a mistake.
 */
public final class JsonParser {

    private final String text;
    private final int[] lineStarts;
    private final Map<String, Integer> lines = new HashMap<>();
    private int position;

    private JsonParser(String text) {
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    /** Parses the whole text; throws {@link JsonSyntaxException} with the line and column where it broke. */
    public static JsonDocument parse(String text) {
        JsonParser parser = new JsonParser(text);
        Object root = parser.value("");
        parser.skipWhitespace();
        if (parser.position != text.length()) {
            throw parser.error("unexpected text after the end");
        }
        return new JsonDocument(root, parser.lines);
    }

    private Object value(String pointer) {
        skipWhitespace();
        if (position >= text.length()) {
            throw error("the text ends where a value was expected");
        }
        lines.put(pointer, lineAt(position));
        return switch (text.charAt(position)) {
            case '{' -> object(pointer);
            case '[' -> array(pointer);
            case '"' -> string();
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            case 'n' -> word("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object(String pointer) {
        Map<String, Object> map = new LinkedHashMap<>();
        position++;
        if (next('}')) {
            return map;
        }
        do {
            skipWhitespace();
            if (position >= text.length() || text.charAt(position) != '"') {
                throw error("a quoted name was expected");
            }
            int start = position;
            String key = string();
            if (map.containsKey(key)) {
                position = start;
                throw error("the name \"" + key + "\" is given twice");
            }
            expect(':');
            map.put(key, value(JsonDocument.member(pointer, key)));
        } while (next(','));
        expect('}');
        return map;
    }

    private List<Object> array(String pointer) {
        List<Object> list = new ArrayList<>();
        position++;
        if (next(']')) {
            return list;
        }
        do {
            list.add(value(JsonDocument.item(pointer, list.size())));
        } while (next(','));
        expect(']');
        return list;
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        position++;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '"') {
                position++;
                return out.toString();
            }
            if (c < 0x20) {
                // A raw line break here nearly always means the closing quote is missing.
                throw error("a string is not closed on its line");
            }
            position++;
            out.append(c == '\\' ? escaped() : c);
        }
        throw error("a string is not closed");
    }

    private char escaped() {
        if (position >= text.length()) {
            throw error("a string is not closed");
        }
        char c = text.charAt(position++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'u' -> unicode();
            default -> throw error("unknown escape \\" + c);
        };
    }

    private char unicode() {
        if (position + 4 > text.length()) {
            throw error("a \\u escape is cut short");
        }
        try {
            char c = (char) Integer.parseInt(text.substring(position, position + 4), 16);
            position += 4;
            return c;
        } catch (NumberFormatException e) {
            throw error("a \\u escape is not hexadecimal");
        }
    }

    private Object word(String word, Object value) {
        if (!text.startsWith(word, position)) {
            throw error("unexpected text");
        }
        position += word.length();
        return value;
    }

    private Object number() {
        int start = position;
        skip('-');
        boolean whole = digits() > 0;
        if (!whole) {
            position = start;
            throw error("unexpected text");
        }
        if (skip('.')) {
            whole = false;
            requireDigits(start);
        }
        if (skip('e') || skip('E')) {
            whole = false;
            if (!skip('+')) {
                skip('-');
            }
            requireDigits(start);
        }
        String number = text.substring(start, position);
        return whole && number.length() < 19 ? (Object) Long.valueOf(number) : new BigDecimal(number);
    }

    private void requireDigits(int start) {
        if (digits() == 0) {
            position = start;
            throw error("a number is cut short");
        }
    }

    private int digits() {
        int start = position;
        while (position < text.length() && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
            position++;
        }
        return position - start;
    }

    private boolean skip(char c) {
        if (position < text.length() && text.charAt(position) == c) {
            position++;
            return true;
        }
        return false;
    }

    private boolean next(char c) {
        skipWhitespace();
        return skip(c);
    }

    private void expect(char c) {
        if (!next(c)) {
            throw error("'" + c + "' was expected");
        }
    }

    private void skipWhitespace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private JsonSyntaxException error(String what) {
        int line = lineAt(position);
        return new JsonSyntaxException(what, line, position - lineStarts[line - 1] + 1);
    }

    private int lineAt(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** Where each line begins; a line ends at \n, so \r\n files count their lines right too. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
