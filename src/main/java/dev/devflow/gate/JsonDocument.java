package dev.devflow.gate;

import java.util.Map;

/**
 * Parsed JSON and the line each value starts on, so that a reader that finds a well-formed value
 * it cannot use (a ratio of 7, an unknown name) can still say where it is. Values are addressed
 * by JSON Pointer (RFC 6901): {@code ""} is the root, {@code /modules/a:b/coverage/LINE} a value
 * inside it.
 *
 * @param root  maps (in the order of the text), lists, strings, longs, big decimals, booleans and nulls
 * @param lines the 1-based line on which the value at each pointer starts
 */
public record JsonDocument(Object root, Map<String, Integer> lines) {

    public JsonDocument {
        lines = Map.copyOf(lines);
    }

    /** The line on which the value at {@code pointer} starts; 0 when there is no such value. */
    public int lineOf(String pointer) {
        return lines.getOrDefault(pointer, 0);
    }

    /** The pointer to member {@code name} of the object at {@code pointer}. */
    public static String member(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** The pointer to item {@code index} of the array at {@code pointer}. */
    public static String item(String pointer, int index) {
        return pointer + "/" + index;
    }
}
