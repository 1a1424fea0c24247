package dev.devflow.gate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes every JSON file devflow produces (reports, release journal, baseline), the latter ones
 * read back by {@link JsonParser}: two spaces of indent, names in the map's order, {@code \n} line ends and a final newline, so the same tree
 * always gives the same bytes and a committed file diffs line by line.
 */
public final class JsonWriter {

    private JsonWriter() {
    }

    /** Maps, lists, strings, numbers, booleans and nulls as pretty-printed JSON; anything else as its text. */
    public static String write(Object value) {
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
        } else if (value instanceof BigDecimal decimal) {
            // toString would write 1E-7 for small values; a ratio reads better as 0.0000001.
            out.append(decimal.toPlainString());
        } else if (value == null || value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            writeString(value.toString(), out); // paths, enums and the like, as the text they read as
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
}
