package dev.devflow.report;

import dev.devflow.gate.Finding;
import dev.devflow.gate.Severity;
import dev.devflow.report.ModuleCheck.GateRun;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code report.md}: the summary table and the findings, fit for a pull-request comment. */
public final class MarkdownReport {

    /** Findings listed per gate and severity; the JSON report has them all. */
    static final int LISTED = 20;

    private MarkdownReport() {
    }

    public static Path write(ModuleCheck check, Path file) throws IOException {
        return ReportFiles.write(file, render(check));
    }

    public static String render(ModuleCheck check) {
        StringBuilder md = new StringBuilder();
        md.append("## devflow check of ").append(check.module()).append(": ").append(check.status().label())
                .append("\n\n| gate | status | result | time |\n|---|---|---|---|\n");
        for (GateRun run : check.gates()) {
            md.append("| ").append(run.result().gate()).append(" | ").append(icon(run)).append(run.result().status().label())
                    .append(" | ").append(cell(run.result().headline())).append(" | ")
                    .append(CheckTable.seconds(run.millis())).append(" |\n");
        }
        for (GateRun run : check.gates()) {
            findings(md, check, run, Severity.ERROR, "error", "errors");
            findings(md, check, run, Severity.WARNING, "warning", "warnings");
        }
        return md.toString();
    }

    private static void findings(StringBuilder md, ModuleCheck check, GateRun run, Severity severity, String one,
                                 String many) {
        List<Finding> findings = run.result().findingsOf(severity);
        if (findings.isEmpty()) {
            return;
        }
        md.append("\n### ").append(run.result().gate()).append(": ").append(findings.size()).append(' ')
                .append(findings.size() == 1 ? one : many).append("\n\n");
        for (Finding f : findings.stream().limit(LISTED).toList()) {
            md.append("- ");
            if (f.location() != null) {
                md.append('`').append(check.repositoryPath(run.result().gate(), f.location().toString())).append("` ");
            }
            md.append(f.message().replace("\n", " ")).append('\n');
        }
        if (findings.size() > LISTED) {
            md.append("- … and ").append(findings.size() - LISTED).append(" more in `report.json`\n");
        }
    }

    private static String icon(GateRun run) {
        return switch (run.result().status()) {
            case PASSED -> "✅ ";
            case WARNED -> "⚠️ ";
            case FAILED -> "❌ ";
            default -> "";
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
