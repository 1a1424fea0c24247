package dev.devflow.release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON the release journal needs: objects, arrays, strings, whole numbers, booleans
 * and null. Hand-written so the plugin carries no JSON library for one file.
 */
final class JournalJson {

    private final String text;
    private int position;

    private JournalJson(String text) {
        this.text = text;
    }

    /** Maps, lists, strings, longs, booleans and nulls; throws IllegalArgumentException saying where it broke. */
    static Object parse(String text) {
        JournalJson parser = new JournalJson(text);
        Object value = parser.value();
        parser.skipWhitespace();
        if (parser.position != text.length()) {
            throw parser.error("unexpected text after the end");
        }
        return value;
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, String indent) {
        if (value instanceof Map<?, ?> map) {
            writeObject(map, out, indent);
        } else if (value instanceof List<?> list) {
            writeArray(list, out, indent);
        } else if (value instanceof String string) {
            writeString(string, out);
        } else {
            out.append(value);
        }
    }

    private static void writeObject(Map<?, ?> map, StringBuilder out, String indent) {
        out.append('{');
        String separator = "\n";
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(separator).append(indent).append("  ");
            writeString(entry.getKey().toString(), out);
            out.append(": ");
            write(entry.getValue(), out, indent + "  ");
            separator = ",\n";
        }
        out.append(map.isEmpty() ? "" : "\n" + indent).append('}');
    }

    private static void writeArray(List<?> list, StringBuilder out, String indent) {
        out.append('[');
        String separator = "\n";
        for (Object item : list) {
            out.append(separator).append(indent).append("  ");
            write(item, out, indent + "  ");
            separator = ",\n";
        }
        out.append(list.isEmpty() ? "" : "\n" + indent).append(']');
    }

    private static void writeString(String string, StringBuilder out) {
        out.append('"');
        for (char c : string.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        out.append('"');
    }

    private Object value() {
        skipWhitespace();
        if (position >= text.length()) {
            throw error("the text ends where a value was expected");
        }
        char c = text.charAt(position);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            case 'n' -> word("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() {
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
            String key = string();
            expect(':');
            map.put(key, value());
        } while (next(','));
        expect('}');
        return map;
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        position++;
        if (next(']')) {
            return list;
        }
        do {
            list.add(value());
        } while (next(','));
        expect(']');
        return list;
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        position++;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
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

    private Long number() {
        int start = position;
        if (position < text.length() && text.charAt(position) == '-') {
            position++;
        }
        while (position < text.length() && Character.isDigit(text.charAt(position))) {
            position++;
        }
        try {
            return Long.valueOf(text.substring(start, position));
        } catch (NumberFormatException e) {
            position = start;
            throw error("unexpected text");
        }
    }

    private boolean next(char c) {
        skipWhitespace();
        if (position < text.length() && text.charAt(position) == c) {
            position++;
            return true;
        }
        return false;
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

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at character " + position);
    }
}
