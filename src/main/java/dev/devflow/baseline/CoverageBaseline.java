package dev.devflow.baseline;

import dev.devflow.gate.Measurement;
import dev.devflow.gate.Threshold;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The coverage gate's side of the baseline: the module's recorded ratios and the ratchet that
 * holds line and branch coverage to them. Turns the ratchet's results into the gate's
 * measurements: a fall is a missed limit, a rise a note with the hint to refresh.
 *
 * @param module   the module's key ({@code groupId:artifactId}), named in messages
 * @param recorded the ratios recorded for it; empty when the baseline has no entry for the module
 * @param ratchet  the tolerance a fall must exceed to fail
 */
public record CoverageBaseline(String module, Optional<Map<CoverageCounter, BigDecimal>> recorded,
                               CoverageRatchet ratchet) {

    /** The gate's measurements against the baseline, from the covered and total count of each counter. */
    public List<Measurement> measure(Map<CoverageCounter, long[]> coveredAndTotal) {
        if (recorded.isEmpty()) {
            return List.of(Measurement.reported("baseline", "none for " + module,
                    "record one with mvn devflow:baseline to hold coverage from falling"));
        }
        Map<CoverageCounter, BigDecimal> now = new EnumMap<>(CoverageCounter.class);
        coveredAndTotal.forEach((counter, counts) -> ModuleBaseline.ratio(counts[0], counts[1])
                .ifPresent(ratio -> now.put(counter, ratio)));
        List<Measurement> measurements = new ArrayList<>();
        for (RatchetResult result : ratchet.compare(module, recorded.get(), now)) {
            measurements.add(measurement(result));
        }
        return measurements;
    }

    private Measurement measurement(RatchetResult result) {
        String name = result.counter() + " against the baseline";
        if (result.before() == null || result.after() == null) {
            return Measurement.reported(name, "not compared", result.message());
        }
        String detail = "recorded " + result.before().toPlainString()
                + (result.change() == RatchetResult.Change.ROSE ? "; " + result.message() : "");
        return new Measurement(name, result.after().toPlainString(), detail,
                Threshold.minimum(result.before().subtract(ratchet.tolerance())), !result.fails(), result.message());
    }
}
