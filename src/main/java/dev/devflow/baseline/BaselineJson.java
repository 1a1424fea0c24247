package dev.devflow.baseline;

import dev.devflow.gate.GateInputException;
import dev.devflow.gate.JsonDocument;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The baseline as a JSON tree, both ways. Reading is strict: the file is committed and may be
 * edited by hand, and a value that does not make sense must fail the build at its line rather
 * than quietly accept new findings or a coverage drop.
 */
final class BaselineJson {

    static final String FIX_REWRITE = "correct it, or run mvn devflow:baseline to write it again.";
    static final String FIX_UPGRADE = "upgrade devflow to the version that wrote it.";

    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern MODULE_KEY = Pattern.compile("[^:\\s]+:[^:\\s]+");

    private final Path file;
    private final JsonDocument document;

    private BaselineJson(Path file, JsonDocument document) {
        this.file = file;
        this.document = document;
    }

    static Map<String, Object> toJson(Baseline baseline) {
        Map<String, Object> modules = new LinkedHashMap<>();
        baseline.modules().forEach((key, module) -> modules.put(key, moduleJson(module)));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", baseline.schemaVersion());
        root.put("modules", modules);
        return root;
    }

    private static Map<String, Object> moduleJson(ModuleBaseline module) {
        Map<String, Object> findings = new LinkedHashMap<>();
        module.findings().forEach((gate, entries) -> findings.put(gate, entries.stream().map(entry -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("fingerprint", entry.fingerprint());
            json.put("rule", entry.rule());
            json.put("path", entry.path());
            return json;
        }).toList()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("coverage", new LinkedHashMap<>(module.coverage()));
        json.put("findings", findings);
        return json;
    }

    /** Only the version, so that a writer can refuse to downgrade a newer file it cannot read. */
    static void checkVersion(Path file, JsonDocument document) throws GateInputException {
        BaselineJson reader = new BaselineJson(file, document);
        reader.version(reader.object(document.root(), ""));
    }

    static Baseline fromJson(Path file, JsonDocument document) throws GateInputException {
        BaselineJson reader = new BaselineJson(file, document);
        Map<String, Object> root = reader.object(document.root(), "");
        reader.onlyNames(root, "", Set.of("schemaVersion", "modules"));
        reader.version(root);
        Map<String, Object> modules = reader.object(reader.required(root, "", "modules"), "/modules");
        Map<String, ModuleBaseline> read = new TreeMap<>();
        for (Map.Entry<String, Object> module : modules.entrySet()) {
            read.put(module.getKey(), reader.module(module.getKey(), module.getValue()));
        }
        return new Baseline(read);
    }

    private void version(Map<String, Object> root) throws GateInputException {
        Object version = required(root, "", "schemaVersion");
        String pointer = "/schemaVersion";
        if (!(version instanceof Long number) || number < 1) {
            throw problem(pointer, "schemaVersion must be a whole number from 1, not " + shown(version) + ".");
        }
        if (number > Baseline.SCHEMA_VERSION) {
            throw new GateInputException(file, document.lineOf(pointer), "the baseline was written by a newer devflow"
                    + " (schemaVersion " + number + "); this one reads schemaVersion " + Baseline.SCHEMA_VERSION
                    + ".", FIX_UPGRADE);
        }
    }

    private ModuleBaseline module(String key, Object value) throws GateInputException {
        String pointer = JsonDocument.member("/modules", key);
        if (!MODULE_KEY.matcher(key).matches()) {
            throw problem(pointer, "module \"" + key + "\" is not named groupId:artifactId.");
        }
        Map<String, Object> module = object(value, pointer);
        onlyNames(module, pointer, Set.of("coverage", "findings"));
        String coverage = JsonDocument.member(pointer, "coverage");
        String findings = JsonDocument.member(pointer, "findings");
        return new ModuleBaseline(coverage(object(required(module, pointer, "coverage"), coverage), coverage),
                findings(object(required(module, pointer, "findings"), findings), findings));
    }

    private Map<CoverageCounter, BigDecimal> coverage(Map<String, Object> json, String pointer)
            throws GateInputException {
        Map<CoverageCounter, BigDecimal> coverage = new EnumMap<>(CoverageCounter.class);
        for (Map.Entry<String, Object> entry : json.entrySet()) {
            String at = JsonDocument.member(pointer, entry.getKey());
            CoverageCounter counter = counter(entry.getKey(), at);
            BigDecimal ratio = entry.getValue() instanceof Long whole ? BigDecimal.valueOf(whole)
                    : entry.getValue() instanceof BigDecimal decimal ? decimal : null;
            if (ratio == null || ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
                throw problem(at, "the " + counter + " ratio must be a number from 0 to 1, not "
                        + shown(entry.getValue()) + ".");
            }
            coverage.put(counter, ratio);
        }
        return coverage;
    }

    private CoverageCounter counter(String name, String pointer) throws GateInputException {
        for (CoverageCounter counter : CoverageCounter.values()) {
            if (counter.name().equals(name)) {
                return counter;
            }
        }
        throw problem(pointer, "unknown coverage counter \"" + name + "\"; the counters are "
                + List.of(CoverageCounter.values()) + ".");
    }

    private Map<String, List<BaselineEntry>> findings(Map<String, Object> json, String pointer)
            throws GateInputException {
        Map<String, List<BaselineEntry>> findings = new TreeMap<>();
        for (Map.Entry<String, Object> gate : json.entrySet()) {
            String at = JsonDocument.member(pointer, gate.getKey());
            if (!ModuleBaseline.GATES.contains(gate.getKey())) {
                throw problem(at, "unknown gate \"" + gate.getKey() + "\"; findings are recorded for "
                        + ModuleBaseline.GATES + ".");
            }
            findings.put(gate.getKey(), entries(gate.getValue(), at));
        }
        return findings;
    }

    private List<BaselineEntry> entries(Object value, String pointer) throws GateInputException {
        if (!(value instanceof List<?> list)) {
            throw problem(pointer, shownPointer(pointer) + " must be an array, not " + shown(value) + ".");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = JsonDocument.item(pointer, i);
            BaselineEntry entry = entry(object(list.get(i), at), at);
            if (!seen.add(entry.fingerprint())) {
                throw problem(at, "fingerprint " + entry.fingerprint() + " is listed twice.");
            }
            entries.add(entry);
        }
        return entries;
    }

    private BaselineEntry entry(Map<String, Object> json, String pointer) throws GateInputException {
        onlyNames(json, pointer, Set.of("fingerprint", "rule", "path"));
        String fingerprint = text(json, pointer, "fingerprint");
        if (!FINGERPRINT.matcher(fingerprint).matches()) {
            throw problem(JsonDocument.member(pointer, "fingerprint"), "fingerprint \"" + fingerprint
                    + "\" is not 16 lower-case hex digits.");
        }
        return new BaselineEntry(fingerprint, text(json, pointer, "rule"), text(json, pointer, "path"));
    }

    private String text(Map<String, Object> json, String pointer, String name) throws GateInputException {
        Object value = required(json, pointer, name);
        if (!(value instanceof String text) || text.isBlank()) {
            throw problem(JsonDocument.member(pointer, name), name + " must be a non-empty string, not "
                    + shown(value) + ".");
        }
        return text;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(Object value, String pointer) throws GateInputException {
        if (!(value instanceof Map<?, ?>)) {
            throw problem(pointer, shownPointer(pointer) + " must be an object, not " + shown(value) + ".");
        }
        return (Map<String, Object>) value;
    }

    private Object required(Map<String, Object> json, String pointer, String name) throws GateInputException {
        if (!json.containsKey(name)) {
            throw problem(pointer, "\"" + name + "\" is missing in " + shownPointer(pointer) + ".");
        }
        return json.get(name);
    }

    private void onlyNames(Map<String, Object> json, String pointer, Set<String> names) throws GateInputException {
        for (String name : json.keySet()) {
            if (!names.contains(name)) {
                throw problem(JsonDocument.member(pointer, name), "unknown name \"" + name + "\" in "
                        + shownPointer(pointer) + "; the names there are " + names.stream().sorted().toList() + ".");
            }
        }
    }

    private GateInputException problem(String pointer, String what) {
        return new GateInputException(file, document.lineOf(pointer), what, FIX_REWRITE);
    }

    private static String shownPointer(String pointer) {
        return pointer.isEmpty() ? "the top level" : pointer.substring(1);
    }

    private static String shown(Object value) {
        if (value instanceof String text) {
            return "\"" + text + "\"";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        return value instanceof List<?> ? "an array" : String.valueOf(value);
    }
}
