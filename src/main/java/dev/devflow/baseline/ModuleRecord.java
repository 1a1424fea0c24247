package dev.devflow.baseline;

import dev.devflow.gate.Finding;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.GateStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code devflow:baseline} records for a module, taken from the gates' results as they
 * report them: the coverage counters of {@code coverage.json}'s {@code details.counters}, and the
 * fingerprinted findings of lint and static analysis.
 */
public final class ModuleRecord {

    private ModuleRecord() {
    }

    /**
     * @param coverage the module's coverage result, or null when the gate did not run
     * @param findings lint's and static analysis' results by gate name (a gate that did not run is absent)
     */
    public static ModuleBaseline of(GateResult coverage, Map<String, GateResult> findings) {
        return of(coverage, findings, Map.of());
    }

    /**
     * @param carried entries kept as recorded, by gate, for a gate that could not look this time
     *                (the audit without its database): what the user recorded is not lost
     */
    public static ModuleBaseline of(GateResult coverage, Map<String, GateResult> findings,
                                    Map<String, List<BaselineEntry>> carried) {
        Map<String, List<BaselineEntry>> entries = new TreeMap<>(carried);
        findings.forEach((gate, result) -> {
            if (result.status() != GateStatus.SKIPPED) {
                entries.put(gate, entries(result));
            }
        });
        return new ModuleBaseline(ratios(coverage), entries);
    }

    private static List<BaselineEntry> entries(GateResult result) {
        List<BaselineEntry> entries = new ArrayList<>();
        for (Finding finding : result.findings()) {
            if (finding.fingerprint() != null) {
                entries.add(new BaselineEntry(finding.fingerprint(), finding.ruleId(),
                        finding.location() == null ? "" : finding.location().path()));
            }
        }
        return entries;
    }

    private static Map<CoverageCounter, BigDecimal> ratios(GateResult coverage) {
        Map<CoverageCounter, BigDecimal> ratios = new EnumMap<>(CoverageCounter.class);
        if (coverage == null || !(coverage.details().get("counters") instanceof Map<?, ?> counters)) {
            return ratios;
        }
        for (CoverageCounter counter : CoverageCounter.values()) {
            if (counters.get(counter.name()) instanceof Map<?, ?> numbers
                    && numbers.get("missed") instanceof Number missed && numbers.get("covered") instanceof Number covered) {
                ModuleBaseline.ratio(covered.longValue(), missed.longValue() + covered.longValue())
                        .ifPresent(ratio -> ratios.put(counter, ratio));
            }
        }
        return ratios;
    }
}
