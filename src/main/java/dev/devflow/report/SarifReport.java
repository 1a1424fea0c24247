package dev.devflow.report;

import dev.devflow.gate.Finding;
import dev.devflow.gate.JsonWriter;
import dev.devflow.gate.Severity;
import dev.devflow.report.ModuleCheck.GateRun;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code devflow.sarif}: the lint, static-analysis, audit and coverage findings as SARIF 2.1.0,
 * for code scanning. Paths are relative to the repository root ({@code %SRCROOT%}).
 */
public final class SarifReport {

    /**
     * The gates whose findings are about the code: coverage's missed limits too (on the module's
     * pom), and the audit's vulnerable dependencies (at the pom line that brings each in).
     */
    static final Set<String> CODE_GATES = Set.of("coverage", "lint", "static-analysis", "audit");
    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    public static Path write(ModuleCheck check, String toolVersion, Path file) throws IOException {
        return ReportFiles.write(file, render(check, toolVersion));
    }

    static String render(ModuleCheck check, String toolVersion) {
        Map<String, Map<String, Object>> rules = new LinkedHashMap<>();
        List<Object> results = new ArrayList<>();
        for (GateRun run : check.gates()) {
            if (!CODE_GATES.contains(run.result().gate())) {
                continue;
            }
            for (Finding f : ModuleCheck.placedFindings(run.result())) {
                rules.computeIfAbsent(f.ruleId(), id -> rule(id, run.result().gate()));
                results.add(result(check, run.result().gate(), f, new ArrayList<>(rules.keySet()).indexOf(f.ruleId())));
            }
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "devflow");
        driver.put("version", toolVersion);
        driver.put("rules", new ArrayList<Object>(rules.values()));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        return JsonWriter.write(root);
    }

    private static Map<String, Object> rule(String id, String gate) {
        String name = id.substring(id.indexOf('.') + 1);
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", id);
        rule.put("name", name);
        rule.put("shortDescription", Map.of("text", name));
        rule.put("help", Map.of("text", gate.equals("lint")
                ? "PMD rule " + name + ": https://docs.pmd-code.org/latest/pmd_rules_java.html"
                : "devflow " + gate + " rule " + name + ": see the devflow README."));
        return rule;
    }

    private static Map<String, Object> result(ModuleCheck check, String gate, Finding f, int ruleIndex) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", f.ruleId());
        result.put("ruleIndex", ruleIndex);
        result.put("level", f.severity() == Severity.ERROR ? "error" : f.severity() == Severity.WARNING ? "warning" : "note");
        result.put("message", Map.of("text", f.message()));
        if (f.location() != null) {
            Map<String, Object> artifact = new LinkedHashMap<>();
            artifact.put("uri", check.repositoryPath(gate, f.location().path()));
            artifact.put("uriBaseId", "%SRCROOT%");
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", artifact);
            if (f.location().line() > 0) {
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("startLine", f.location().line());
                if (f.location().column() > 0) {
                    region.put("startColumn", f.location().column());
                }
                region.put("endLine", f.location().endLine());
                physical.put("region", region);
            }
            result.put("locations", List.of(Map.of("physicalLocation", physical)));
        }
        if (f.fingerprint() != null) {
            // code scanning matches results across runs by it, as devflow's baseline does
            result.put("partialFingerprints", Map.of("devflowFingerprint/v1", f.fingerprint()));
        }
        return result;
    }
}
