package dev.devflow.audit;

import dev.devflow.gate.GateInputException;
import dev.devflow.gate.JsonDocument;
import dev.devflow.gate.JsonParser;
import dev.devflow.gate.JsonSyntaxException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an OSV record (schema 1.x, https://ossf.github.io/osv-schema/) into an {@link Advisory}:
 * only its Maven packages, their {@code ECOSYSTEM} ranges and version lists. A record that is not
 * JSON, or written in a schema of another major version, is refused naming where it came from:
 * guessing at a format could silently miss a vulnerability.
 */
public final class OsvRecordParser {

    static final String ECOSYSTEM = "Maven";

    private OsvRecordParser() {
    }

    public static Advisory parse(RawAdvisory raw) throws GateInputException {
        JsonDocument document;
        try {
            document = JsonParser.parse(raw.json());
        } catch (JsonSyntaxException e) {
            throw invalid(raw, "is not valid JSON: " + e.getMessage());
        }
        if (!(document.root() instanceof Map<?, ?> record)) {
            throw invalid(raw, "is not a JSON object");
        }
        Object schema = record.get("schema_version");
        if (schema != null && !schema.toString().startsWith("1.")) {
            throw invalid(raw, "is written in OSV schema " + schema + "; devflow reads schema 1.x");
        }
        if (!(record.get("id") instanceof String id) || id.isBlank()) {
            throw invalid(raw, "has no id");
        }
        List<String> vectors = new ArrayList<>();
        for (Object severity : list(record.get("severity"))) {
            if (severity instanceof Map<?, ?> entry && entry.get("score") instanceof String vector) {
                vectors.add(vector.trim());
            }
        }
        String label = record.get("database_specific") instanceof Map<?, ?> specific
                && specific.get("severity") instanceof String text ? text : null;
        List<String> aliases = new ArrayList<>();
        list(record.get("aliases")).forEach(a -> aliases.add(a.toString()));
        String summary = record.get("summary") instanceof String text ? text.strip() : "";
        return new Advisory(id, aliases, summary, record.get("withdrawn") != null, Rating.of(vectors, label),
                affected(record), raw.origin());
    }

    private static List<AffectedPackage> affected(Map<?, ?> record) {
        List<AffectedPackage> packages = new ArrayList<>();
        for (Object item : list(record.get("affected"))) {
            if (!(item instanceof Map<?, ?> affected) || !(affected.get("package") instanceof Map<?, ?> pkg)
                    || !ECOSYSTEM.equals(pkg.get("ecosystem")) || !(pkg.get("name") instanceof String name)) {
                continue;
            }
            List<List<AffectedPackage.Event>> ranges = new ArrayList<>();
            for (Object r : list(affected.get("ranges"))) {
                // SEMVER and GIT ranges are not written for Maven packages: OSV's Maven ranges are ECOSYSTEM
                if (r instanceof Map<?, ?> range && "ECOSYSTEM".equals(range.get("type"))) {
                    ranges.add(events(range));
                }
            }
            List<String> versions = list(affected.get("versions")).stream().map(Object::toString).toList();
            packages.add(new AffectedPackage(name.trim(), ranges, versions));
        }
        return packages;
    }

    private static List<AffectedPackage.Event> events(Map<?, ?> range) {
        List<AffectedPackage.Event> events = new ArrayList<>();
        for (Object e : list(range.get("events"))) {
            if (e instanceof Map<?, ?> event) {
                add(events, event, "introduced", AffectedPackage.Kind.INTRODUCED);
                add(events, event, "fixed", AffectedPackage.Kind.FIXED);
                add(events, event, "last_affected", AffectedPackage.Kind.LAST_AFFECTED);
            }
        }
        return events;
    }

    private static void add(List<AffectedPackage.Event> events, Map<?, ?> event, String key, AffectedPackage.Kind kind) {
        if (event.get(key) instanceof String version && !version.isBlank()) {
            events.add(new AffectedPackage.Event(kind, version.trim()));
        }
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static GateInputException invalid(RawAdvisory raw, String problem) {
        return new GateInputException(null, 0, "the advisory " + raw.origin() + " " + problem + ".",
                "refresh the OSV database (delete the cached copy, or check the mirror devflow.audit.exportUrl"
                        + " or devflow.audit.apiUrl points at).");
    }
}
