package dev.devflow.report;

import dev.devflow.gate.Finding;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.JsonWriter;
import dev.devflow.gate.Location;
import dev.devflow.gate.Measurement;
import dev.devflow.gate.Severity;
import dev.devflow.gate.Threshold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTest {

    private static GateResult failedCoverage() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("counters", Map.of("LINE", Map.of("missed", 3)));
        return GateResult.measured("coverage", "line coverage 0.70; 1 rule limit missed",
                List.of(Measurement.reported("LINE", "0.70", "7 of 10 covered"),
                        new Measurement("overall", "0.70", "7 of 10 lines covered",
                                Threshold.minimum(new BigDecimal("0.85")), false,
                                "lines covered ratio is 0.70, but expected minimum is 0.85 — cover 2 more lines")),
                List.of(new Finding("coverage.uncovered-lines", Severity.NOTE, "A: 3 of 10 lines not covered, at 4-6",
                        Location.ofLines("src/main/java/A.java", 4, 6))),
                details);
    }

    @Test
    void failureMessageSaysWhatToFixWhereAndWhereTheReportIs() {
        String message = ConsoleSummary.failureMessage(failedCoverage(), Path.of("target/devflow/coverage.json"));

        assertThat(message.lines()).containsExactly(
                "devflow coverage gate failed: line coverage 0.70; 1 rule limit missed",
                "  lines covered ratio is 0.70, but expected minimum is 0.85 — cover 2 more lines",
                "Where to start:",
                "  src/main/java/A.java:4-6  A: 3 of 10 lines not covered, at 4-6",
                "Full report: target/devflow/coverage.json");
    }

    @Test
    void summaryShowsTheTableOnEveryRun() {
        assertThat(ConsoleSummary.lines(failedCoverage())).containsExactly(
                "devflow coverage: FAILED — line coverage 0.70; 1 rule limit missed",
                "  measure  value  threshold",
                "  LINE      0.70              7 of 10 covered",
                "  overall   0.70  ≥ 0.85      MISSED (7 of 10 lines covered)");
    }

    @Test
    void jsonReportHasTheSameLayoutForEveryGate(@TempDir Path dir) throws Exception {
        Path file = JsonReport.write(failedCoverage(), dir.resolve("devflow/coverage.json"));

        assertThat(Files.readString(file)).isEqualTo("""
                {
                  "schemaVersion": 1,
                  "gate": "coverage",
                  "status": "FAILED",
                  "headline": "line coverage 0.70; 1 rule limit missed",
                  "measurements": [
                    {
                      "name": "LINE",
                      "value": "0.70",
                      "detail": "7 of 10 covered",
                      "met": true
                    },
                    {
                      "name": "overall",
                      "value": "0.70",
                      "detail": "7 of 10 lines covered",
                      "threshold": {
                        "minimum": 0.85
                      },
                      "met": false,
                      "message": "lines covered ratio is 0.70, but expected minimum is 0.85 — cover 2 more lines"
                    }
                  ],
                  "findings": [
                    {
                      "rule": "coverage.uncovered-lines",
                      "severity": "NOTE",
                      "message": "A: 3 of 10 lines not covered, at 4-6",
                      "path": "src/main/java/A.java",
                      "line": 4,
                      "endLine": 6
                    }
                  ],
                  "details": {
                    "counters": {
                      "LINE": {
                        "missed": 3
                      }
                    }
                  }
                }
                """);
        assertThat(dir.resolve("devflow/coverage.json.partial")).doesNotExist();
    }

    @Test
    void theConsoleShowsFiftyWarningsAndCountsTheRest() {
        List<Finding> warnings = java.util.stream.IntStream.rangeClosed(1, 52).mapToObj(i ->
                new Finding("lint.X", Severity.WARNING, "w" + i, Location.ofLine("A.java", i))).toList();
        List<String> lines = ConsoleSummary.lines(GateResult.measured("lint", "h", List.of(), warnings, Map.of()));

        assertThat(lines).hasSize(1 + 50 + 1);
        assertThat(lines.get(50)).isEqualTo("  warning: A.java:50  w50");
        assertThat(lines.get(51)).isEqualTo("  warning: … and 2 more warnings in the report");
    }

    @Test
    void jsonEscapesControlCharactersAndQuotes() {
        assertThat(JsonWriter.write(Map.of("k", "a\"b\\c\nd\u0001"))).isEqualTo("{\n  \"k\": \"a\\\"b\\\\c\\nd\\u0001\"\n}\n");
    }
}
