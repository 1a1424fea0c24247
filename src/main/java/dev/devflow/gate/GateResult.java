package dev.devflow.gate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one gate measured on one module, in the model every gate speaks and every report
 * reads.
 *
 * @param gate         the gate's name ({@code coverage})
 * @param status       the outcome
 * @param headline     the key figure against its threshold, one line
 *                     ({@code line coverage 0.91 ≥ 0.85})
 * @param measurements the numbers, in the order they are shown
 * @param findings     what was found, most severe first, each severity in the gate's order
 * @param details      gate-specific data for the JSON report (insertion-ordered; values are
 *                     strings, numbers, booleans, lists and maps of those)
 */
public record GateResult(String gate, GateStatus status, String headline,
                         List<Measurement> measurements, List<Finding> findings,
                         Map<String, Object> details) {

    public GateResult {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(headline, "headline");
        measurements = List.copyOf(measurements);
        findings = findings.stream().sorted(Finding.MOST_SEVERE_FIRST).toList();
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /**
     * A result whose status follows from what was measured: FAILED when a threshold is missed
     * or an error was found, WARNED when there are warnings, PASSED otherwise.
     */
    public static GateResult measured(String gate, String headline, List<Measurement> measurements,
                                      List<Finding> findings, Map<String, Object> details) {
        return new GateResult(gate, statusOf(measurements, findings), headline, measurements,
                findings, details);
    }

    /**
     * This result with more findings and a note on them after its headline, its status derived
     * again from what was measured and found: a finding added to a result that had nothing to
     * measure can still fail it.
     */
    public GateResult withMoreFindings(String note, List<Finding> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(more);
        return measured(gate, headline + "; " + note, measurements, all, details);
    }

    public static GateResult notApplicable(String gate, String reason) {
        return new GateResult(gate, GateStatus.NOT_APPLICABLE, reason, List.of(), List.of(), Map.of());
    }

    public static GateResult skipped(String gate, String reason) {
        return new GateResult(gate, GateStatus.SKIPPED, reason, List.of(), List.of(), Map.of());
    }

    private static GateStatus statusOf(List<Measurement> measurements, List<Finding> findings) {
        boolean missed = measurements.stream().anyMatch(m -> !m.met());
        if (missed || findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return GateStatus.FAILED;
        }
        return findings.stream().anyMatch(f -> f.severity() == Severity.WARNING)
                ? GateStatus.WARNED : GateStatus.PASSED;
    }

    public boolean failed() {
        return status == GateStatus.FAILED;
    }

    public List<Measurement> missedMeasurements() {
        return measurements.stream().filter(m -> !m.met()).toList();
    }

    public List<Finding> findingsOf(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }
}
