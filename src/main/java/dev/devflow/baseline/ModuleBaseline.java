package dev.devflow.baseline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the baseline records for one module: its coverage ratios and the fingerprints of its
 * findings per gate. Built already in file order (counters in enum order, gates by name, findings
 * by {@link BaselineEntry#IN_FILE_ORDER}), so equal content always writes equal bytes.
 *
 * @param coverage ratio per counter, 0..1 with four decimals; a counter without items is absent
 * @param findings per gate name ({@value #LINT}, {@value #STATIC_ANALYSIS}, {@value #AUDIT}, sorted) the
 *                 recorded findings
 */
public record ModuleBaseline(Map<CoverageCounter, BigDecimal> coverage, Map<String, List<BaselineEntry>> findings) {

    /** The gate names, as {@code LintGate.NAME}, {@code StaticAnalysisGate.NAME} and {@code AuditGate.NAME} spell them. */
    public static final String LINT = "lint";
    public static final String STATIC_ANALYSIS = "static-analysis";
    public static final String AUDIT = "audit";
    static final List<String> GATES = List.of(LINT, STATIC_ANALYSIS, AUDIT);

    /** Four decimals: finer than any tolerance worth setting, short enough to read in a diff. */
    static final int SCALE = 4;

    public ModuleBaseline {
        coverage = Collections.unmodifiableMap(roundedCopy(coverage));
        findings = Collections.unmodifiableSortedMap(sortedCopy(findings));
    }

    /** The ratio {@code covered / total} as recorded, or empty when there is nothing to cover. */
    public static Optional<BigDecimal> ratio(long covered, long total) {
        if (total <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(total), SCALE, RoundingMode.HALF_EVEN));
    }

    /** The recorded findings of one gate; empty when none are recorded. */
    public List<BaselineEntry> findingsOf(String gate) {
        return findings.getOrDefault(gate, List.of());
    }

    private static Map<CoverageCounter, BigDecimal> roundedCopy(Map<CoverageCounter, BigDecimal> coverage) {
        Map<CoverageCounter, BigDecimal> copy = new EnumMap<>(CoverageCounter.class);
        coverage.forEach((counter, ratio) -> copy.put(counter, ratio.setScale(SCALE, RoundingMode.HALF_EVEN)));
        return copy;
    }

    private static SortedMap<String, List<BaselineEntry>> sortedCopy(Map<String, List<BaselineEntry>> findings) {
        SortedMap<String, List<BaselineEntry>> copy = new TreeMap<>();
        findings.forEach((gate, entries) -> copy.put(gate,
                entries.stream().sorted(BaselineEntry.IN_FILE_ORDER).toList()));
        return copy;
    }
}
