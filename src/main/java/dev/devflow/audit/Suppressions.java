package dev.devflow.audit;

import dev.devflow.gate.GateInputException;
import dev.devflow.gate.JsonDocument;
import dev.devflow.gate.JsonParser;
import dev.devflow.gate.JsonSyntaxException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The suppressions file, {@code .devflow/audit-suppressions.json} in the repository:
 *
 * <pre>{@code
 * {
 *   "suppressions": [
 *     { "advisory": "GHSA-599f-7c49-w659", "dependency": "org.apache.commons:commons-text",
 *       "reason": "StringSubstitutor never sees user input", "expires": "2027-03-31" }
 *   ]
 * }
 * }</pre>
 *
 * Every entry needs a reason and an expiry date, so an accepted risk is reviewed again; a field
 * devflow does not know is refused (a misspelt {@code "expiry"} must not make an entry last forever).
 *
 * @param file    the file as shown in findings ({@code .devflow/audit-suppressions.json}), or null when there is none
 * @param entries its entries, in the order written
 */
public record Suppressions(String file, List<Suppression> entries) {

    private static final Set<String> FIELDS = Set.of("advisory", "dependency", "reason", "expires");
    private static final String FIX = "write each entry as {\"advisory\": \"GHSA-…\", \"dependency\":"
            + " \"group:artifact\" (optional), \"reason\": \"…\", \"expires\": \"YYYY-MM-DD\"}.";

    public Suppressions {
        entries = List.copyOf(entries);
    }

    public static Suppressions none() {
        return new Suppressions(null, List.of());
    }

    /** The file at {@code path}, shown as {@code shown}; none when it does not exist. */
    public static Suppressions read(Path path, String shown) throws GateInputException {
        if (!Files.isRegularFile(path)) {
            return none();
        }
        JsonDocument document;
        try {
            document = JsonParser.parse(Files.readString(path, StandardCharsets.UTF_8));
        } catch (JsonSyntaxException e) {
            throw new GateInputException(path, e.line(), "is not valid JSON: " + e.problem() + ".", FIX);
        } catch (IOException e) {
            throw GateInputException.ofFile(path, "cannot be read: " + e.getMessage(), "check its permissions.");
        }
        if (!(document.root() instanceof Map<?, ?> root) || !(root.get("suppressions") instanceof List<?> items)) {
            throw new GateInputException(path, 1, "has no \"suppressions\" list.", "write {\"suppressions\": [ … ]}; "
                    + FIX);
        }
        List<Suppression> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String pointer = JsonDocument.item("/suppressions", i);
            entries.add(entry(path, items.get(i), document.lineOf(pointer)));
        }
        return new Suppressions(shown, entries);
    }

    private static Suppression entry(Path path, Object item, int line) throws GateInputException {
        if (!(item instanceof Map<?, ?> entry)) {
            throw new GateInputException(path, line, "a suppression is not an object.", FIX);
        }
        for (Object key : entry.keySet()) {
            if (!FIELDS.contains(key.toString())) {
                throw new GateInputException(path, line, "a suppression has the unknown field \"" + key + "\".", FIX);
            }
        }
        String advisory = text(entry, "advisory");
        String reason = text(entry, "reason");
        String expires = text(entry, "expires");
        if (advisory == null || reason == null || expires == null) {
            String missing = advisory == null ? "advisory" : reason == null ? "reason" : "expires";
            throw new GateInputException(path, line, "a suppression has no \"" + missing + "\"" + (missing.equals("advisory")
                    ? "." : ": every accepted vulnerability needs a reason and a date to look at it again."), FIX);
        }
        if (entry.containsKey("dependency") && text(entry, "dependency") == null) {
            // only an absent field means "any package": an empty one or a list must not widen it
            throw new GateInputException(path, line, "the suppression of " + advisory + " has a \"dependency\" that"
                    + " is not one groupId:artifactId.", "write one entry per package, or leave the field out to"
                    + " accept the advisory for any package.");
        }
        try {
            return new Suppression(advisory, text(entry, "dependency"), reason, LocalDate.parse(expires), line);
        } catch (DateTimeParseException e) {
            throw new GateInputException(path, line, "the suppression of " + advisory + " expires on '" + expires
                    + "', which is not a date.", "write it as YYYY-MM-DD, for example 2027-03-31.");
        }
    }

    private static String text(Map<?, ?> entry, String field) {
        return entry.get(field) instanceof String value && !value.isBlank() ? value.trim() : null;
    }
}
