package dev.devflow.report;

import dev.devflow.gate.GateStatus;
import dev.devflow.report.ModuleCheck.GateRun;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** {@code devflow-junit.xml}: each gate a test case, so CI systems that show tests show the gates. */
public final class JUnitReport {

    private JUnitReport() {
    }

    public static Path write(ModuleCheck check, Path file) throws IOException {
        return ReportFiles.write(file, render(check));
    }

    static String render(ModuleCheck check) {
        long failures = check.gates().stream().filter(g -> g.result().failed()).count();
        long skipped = check.gates().stream().filter(g -> g.result().status() == GateStatus.SKIPPED
                || g.result().status() == GateStatus.NOT_APPLICABLE).count();
        long millis = check.gates().stream().mapToLong(GateRun::millis).sum();
        String suite = "devflow." + check.module();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"").append(escape(suite)).append("\" tests=\"").append(check.gates().size())
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"").append(skipped)
                .append("\" time=\"").append(seconds(millis)).append("\">\n");
        for (GateRun run : check.gates()) {
            xml.append("  <testcase classname=\"").append(escape(suite)).append("\" name=\"")
                    .append(escape(run.result().gate())).append("\" time=\"").append(seconds(run.millis())).append('"');
            GateStatus status = run.result().status();
            if (run.result().failed()) {
                xml.append(">\n    <failure message=\"").append(escape(run.result().headline())).append("\" type=\"gate\">")
                        .append(escape(ConsoleSummary.failureMessage(run.result(), null))).append("</failure>\n  </testcase>\n");
            } else if (status == GateStatus.SKIPPED || status == GateStatus.NOT_APPLICABLE) {
                xml.append(">\n    <skipped message=\"").append(escape(status.label() + ": " + run.result().headline()))
                        .append("\"/>\n  </testcase>\n");
            } else {
                xml.append("/>\n");
            }
        }
        return xml.append("</testsuite>\n").toString();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
