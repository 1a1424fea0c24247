package dev.devflow.report;

import dev.devflow.gate.GateResult;
import dev.devflow.report.ModuleCheck.GateRun;
import dev.devflow.testresults.LayerTotals;
import dev.devflow.testresults.TestResultsGate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The summary table {@code check} prints at the end of a module, and the one for the whole
 * reactor: a row per gate with its status, key figure and time.
 */
public final class CheckTable {

    private CheckTable() {
    }

    public static List<String> module(ModuleCheck check) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"gate", "status", "result", "time"});
        for (GateRun run : check.gates()) {
            rows.add(new String[] {run.result().gate(), run.result().status().label(), run.result().headline(),
                    seconds(run.millis())});
        }
        List<String> lines = new ArrayList<>();
        lines.add("devflow check of " + check.module() + ": " + check.status().label());
        lines.addAll(align(rows));
        return lines;
    }

    public static List<String> reactor(List<ModuleCheck> modules) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"module", "gate", "status", "result"});
        for (ModuleCheck module : modules) {
            for (GateRun run : module.gates()) {
                rows.add(new String[] {module.module(), run.result().gate(), run.result().status().label(),
                        run.result().headline()});
            }
        }
        long failed = modules.stream().filter(ModuleCheck::failed).count();
        List<String> lines = new ArrayList<>();
        lines.add("devflow check of the reactor: " + modules.size() + " modules, " + failed + " failed");
        lines.addAll(align(rows));
        lines.addAll(pyramid(modules));
        return lines;
    }

    /** The test layers summed over the modules that ran test-results; nothing when none did. */
    static List<String> pyramid(List<ModuleCheck> modules) {
        List<Map<String, Object>> details = modules.stream().flatMap(m -> m.gates().stream())
                .map(GateRun::result).filter(r -> r.gate().equals(TestResultsGate.NAME)).map(GateResult::details)
                .filter(d -> d.get("layers") != null).toList(); // not the parent pom's "not applicable"
        List<LayerTotals> layers = LayerTotals.across(details);
        if (layers.isEmpty()) {
            return List.of();
        }
        long all = layers.stream().mapToLong(LayerTotals::tests).sum();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"layer", "tests", "share", "failed", "skipped", "flaky", "time"});
        for (LayerTotals layer : layers) {
            rows.add(new String[] {layer.layer(), Long.toString(layer.tests()), layer.shareOf(all).toPlainString(),
                    Long.toString(layer.failed()), Long.toString(layer.skipped()), Long.toString(layer.flaky()),
                    layer.seconds().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " s"});
        }
        List<String> lines = new ArrayList<>();
        lines.add("devflow test layers of the reactor: " + all + " tests in " + details.size() + " modules");
        lines.addAll(align(rows));
        return lines;
    }

    static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static List<String> align(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int c = 0; c < columns; c++) {
                line.append(' ').append(c == columns - 1 ? row[c] : String.format("%-" + widths[c] + "s ", row[c]));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
