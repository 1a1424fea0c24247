package dev.devflow.report;

import dev.devflow.gate.JsonWriter;
import dev.devflow.report.ModuleCheck.GateRun;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code report.json}: every gate of the module in the layout of {@code <gate>.json}, with its
 * time; the schema is {@code src/main/resources/dev/devflow/report/report.schema.json}.
 */
public final class CheckJson {

    /** Raised when a field changes meaning or disappears; new fields do not raise it. */
    public static final int SCHEMA_VERSION = 1;

    private CheckJson() {
    }

    public static Path write(ModuleCheck check, Path file) throws IOException {
        return ReportFiles.write(file, render(check));
    }

    static String render(ModuleCheck check) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("module", check.module());
        root.put("status", check.status().name());
        List<Object> gates = check.gates().stream().map(CheckJson::gate).map(Object.class::cast).toList();
        root.put("gates", gates);
        return JsonWriter.write(root);
    }

    private static Map<String, Object> gate(GateRun run) {
        Map<String, Object> gate = new LinkedHashMap<>(JsonReport.tree(run.result()));
        gate.put("millis", run.millis());
        return gate;
    }
}
