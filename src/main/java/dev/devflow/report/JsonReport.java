package dev.devflow.report;

import dev.devflow.gate.Finding;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.JsonWriter;
import dev.devflow.gate.Measurement;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a gate's result as {@code <gate>.json}. The layout is the same for every gate:
 * {@code gate}, {@code status}, {@code headline}, {@code measurements}, {@code findings} and
 * the gate's own {@code details}.
 */
public final class JsonReport {

    /** Version of the report layout; raised when a field changes meaning or disappears. */
    public static final int SCHEMA_VERSION = 1;

    private JsonReport() {
    }

    /** Writes the report atomically (a reader never sees half a file) and returns its path. */
    public static Path write(GateResult result, Path file) throws IOException {
        return ReportFiles.write(file, render(result));
    }

    static String render(GateResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.putAll(tree(result));
        return JsonWriter.write(root);
    }

    /** The result as a tree of maps and lists, the part every JSON report shares. */
    static Map<String, Object> tree(GateResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("gate", result.gate());
        root.put("status", result.status().name());
        root.put("headline", result.headline());
        root.put("measurements", result.measurements().stream().map(JsonReport::measurement).toList());
        root.put("findings", result.findings().stream().map(JsonReport::finding).toList());
        root.put("details", result.details());
        return root;
    }

    private static Map<String, Object> measurement(Measurement m) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", m.name());
        node.put("value", m.value());
        node.put("detail", m.detail());
        if (m.threshold() != null) {
            node.put("threshold", Map.of(m.threshold().bound().word(), m.threshold().limit()));
        }
        node.put("met", m.met());
        if (!m.message().isEmpty()) {
            node.put("message", m.message());
        }
        return node;
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("rule", f.ruleId());
        node.put("severity", f.severity().name());
        node.put("message", f.message());
        if (f.location() != null) {
            node.put("path", f.location().path());
            node.put("line", f.location().line());
            node.put("endLine", f.location().endLine());
            if (f.location().column() > 0) {
                node.put("column", f.location().column());
            }
        }
        if (f.fingerprint() != null) {
            node.put("fingerprint", f.fingerprint());
        }
        return node;
    }

}
