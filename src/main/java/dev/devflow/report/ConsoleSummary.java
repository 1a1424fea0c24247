package dev.devflow.report;

import dev.devflow.gate.Finding;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.GateStatus;
import dev.devflow.gate.Measurement;
import dev.devflow.gate.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines a person reads in the build log for one gate: its status and key figure, the
 * table of measurements (shown on success too), and on failure the message that says what
 * to fix. Built from the gate model only, so every gate prints the same way.
 */
public final class ConsoleSummary {

    /** How many findings of one severity the console shows; the report file holds them all. */
    public static final int SHOWN_FINDINGS = 10;
    /** How many warnings the console shows; a legacy code base can have thousands. */
    public static final int SHOWN_WARNINGS = 50;
    /** Marks lines that the build log shows as warnings. */
    public static final String WARNING_PREFIX = "  warning: ";

    private ConsoleSummary() {
    }

    /** {@code devflow coverage: passed — line coverage 0.91 ≥ 0.85} and the table below it. */
    public static List<String> lines(GateResult result) {
        List<String> lines = new ArrayList<>();
        lines.add("devflow " + result.gate() + ": " + result.status().label() + " — " + result.headline());
        if (result.status() == GateStatus.NOT_APPLICABLE || result.status() == GateStatus.SKIPPED) {
            return lines;
        }
        lines.addAll(table(result.measurements()));
        List<Finding> warnings = result.findingsOf(Severity.WARNING);
        warnings.stream().limit(SHOWN_WARNINGS).forEach(w -> lines.add(WARNING_PREFIX + w.describe()));
        if (warnings.size() > SHOWN_WARNINGS) {
            lines.add(WARNING_PREFIX + "… and " + (warnings.size() - SHOWN_WARNINGS) + " more warnings in the report");
        }
        return lines;
    }

    /**
     * The failure message: every missed threshold with its fix, the error findings, the worst
     * offenders, and where the full report is. Fits one screen.
     */
    public static String failureMessage(GateResult result, Path report) {
        List<String> lines = new ArrayList<>();
        lines.add("devflow " + result.gate() + " gate failed: " + result.headline());
        for (Measurement missed : result.missedMeasurements()) {
            lines.add("  " + missed.message());
        }
        appendFindings(lines, result.findingsOf(Severity.ERROR), "");
        List<Finding> notes = result.findingsOf(Severity.NOTE);
        appendFindings(lines, notes.stream().filter(f -> !f.isKnown()).toList(), "Where to start:");
        long known = notes.stream().filter(Finding::isKnown).count();
        if (known > 0) {
            // a legacy code base may know hundreds: the message names what failed, the report the rest
            lines.add("Known (in the baseline), not counted: " + known + "; listed in the full report.");
        }
        if (report != null) {
            lines.add("Full report: " + report);
        }
        return String.join(System.lineSeparator(), lines);
    }

    private static void appendFindings(List<String> lines, List<Finding> findings, String heading) {
        if (findings.isEmpty()) {
            return;
        }
        if (!heading.isEmpty()) {
            lines.add(heading);
        }
        findings.stream().limit(SHOWN_FINDINGS).forEach(f -> lines.add("  " + f.describe()));
        if (findings.size() > SHOWN_FINDINGS) {
            lines.add("  … and " + (findings.size() - SHOWN_FINDINGS) + " more in the report");
        }
    }

    private static List<String> table(List<Measurement> measurements) {
        if (measurements.isEmpty()) {
            return List.of();
        }
        int nameWidth = Math.max("measure".length(),
                measurements.stream().mapToInt(m -> m.name().length()).max().orElse(0));
        int valueWidth = Math.max("value".length(),
                measurements.stream().mapToInt(m -> m.value().length()).max().orElse(0));
        String format = "  %-" + nameWidth + "s  %" + valueWidth + "s  %-10s  %s";
        List<String> rows = new ArrayList<>();
        rows.add(String.format(format, "measure", "value", "threshold", "").stripTrailing());
        for (Measurement m : measurements) {
            String threshold = m.threshold() == null ? "" : m.threshold().toString();
            String note = m.threshold() == null ? m.detail() : (m.met() ? "ok" : "MISSED") + detailSuffix(m);
            rows.add(String.format(format, m.name(), m.value(), threshold, note).stripTrailing());
        }
        return rows;
    }

    private static String detailSuffix(Measurement m) {
        return m.detail().isEmpty() ? "" : " (" + m.detail() + ")";
    }
}
