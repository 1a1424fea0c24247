package dev.devflow.baseline;

import dev.devflow.gate.Measurement;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageBaselineTest {

    private static Map<CoverageCounter, long[]> counts(long lineCovered, long branchCovered) {
        Map<CoverageCounter, long[]> counts = new EnumMap<>(CoverageCounter.class);
        counts.put(CoverageCounter.LINE, new long[] {lineCovered, 100});
        counts.put(CoverageCounter.BRANCH, new long[] {branchCovered, 20});
        return counts;
    }

    private static CoverageBaseline recorded(String line, String branch) throws Exception {
        Map<CoverageCounter, BigDecimal> ratios = new EnumMap<>(CoverageCounter.class);
        ratios.put(CoverageCounter.LINE, new BigDecimal(line));
        ratios.put(CoverageCounter.BRANCH, new BigDecimal(branch));
        return new CoverageBaseline("shop:cart", Optional.of(ratios),
                CoverageRatchet.withTolerance(new BigDecimal(CoverageRatchet.DEFAULT_TOLERANCE)));
    }

    @Test
    void aFallBeyondTheToleranceIsAMissedLimitNamingModuleCounterBeforeAndAfter() throws Exception {
        List<Measurement> measured = recorded("0.9000", "0.5000").measure(counts(85, 10));

        assertThat(measured).extracting(Measurement::name).containsExactly("LINE against the baseline",
                "BRANCH against the baseline");
        Measurement line = measured.get(0);
        assertThat(line.met()).isFalse();
        assertThat(line.value()).isEqualTo("0.8500");
        assertThat(line.message()).isEqualTo("shop:cart: LINE coverage fell from 0.9000 to 0.8500 (tolerance 0.0005):"
                + " cover the code again, or if the drop is intended, refresh the baseline with mvn devflow:baseline.");
        assertThat(measured.get(1).met()).isTrue();
    }

    @Test
    void aRiseIsReportedWithTheHintToRefreshAndNeverFails() throws Exception {
        List<Measurement> measured = recorded("0.8000", "0.5000").measure(counts(90, 10));

        assertThat(measured).allMatch(Measurement::met);
        assertThat(measured.get(0).detail()).startsWith("recorded 0.8000; shop:cart: LINE coverage rose from 0.8000 to"
                + " 0.9000: refresh the baseline");
    }

    @Test
    void aFallWithinTheToleranceHolds() throws Exception {
        assertThat(recorded("0.9003", "0.5000").measure(counts(90, 10))).allMatch(Measurement::met);
    }

    @Test
    void aModuleTheBaselineDoesNotKnowIsNotHeld() throws Exception {
        CoverageBaseline none = new CoverageBaseline("shop:new", Optional.empty(),
                CoverageRatchet.withTolerance(new BigDecimal(CoverageRatchet.DEFAULT_TOLERANCE)));

        assertThat(none.measure(counts(10, 1))).singleElement().satisfies(m -> {
            assertThat(m.met()).isTrue();
            assertThat(m.value()).isEqualTo("none for shop:new");
        });
    }
}
