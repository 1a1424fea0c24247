package dev.devflow.baseline;

import dev.devflow.gate.GateInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static dev.devflow.baseline.CoverageCounter.BRANCH;
import static dev.devflow.baseline.CoverageCounter.LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoverageRatchetTest {

    private static final String CART = "com.acme:cart";

    @Test
    void aFallBeyondTheToleranceFailsNamingModuleCounterBeforeAndAfter() throws Exception {
        List<RatchetResult> results = ratchet().compare(CART, Map.of(LINE, d("0.8731"), BRANCH, d("0.5000")),
                Map.of(LINE, d("0.8512"), BRANCH, d("0.5")));

        assertThat(results).extracting(RatchetResult::message).containsExactly(
                "com.acme:cart: LINE coverage fell from 0.8731 to 0.8512 (tolerance 0.0005): cover the code again,"
                        + " or if the drop is intended, refresh the baseline with mvn devflow:baseline.",
                "com.acme:cart: BRANCH coverage is 0.5000, recorded 0.5000.");
        assertThat(results).extracting(RatchetResult::fails).containsExactly(true, false);
    }

    @Test
    void aRiseIsANoteWithTheHintToRefresh() throws Exception {
        RatchetResult line = ratchet().compare(CART, Map.of(LINE, d("0.8000")), Map.of(LINE, d("0.81234"))).get(0);

        assertThat(line.change()).isEqualTo(RatchetResult.Change.ROSE);
        assertThat(line.fails()).isFalse();
        assertThat(line.after()).isEqualTo(d("0.8123"));
        assertThat(line.message()).isEqualTo("com.acme:cart: LINE coverage rose from 0.8000 to 0.8123: refresh the"
                + " baseline with mvn devflow:baseline to keep the gain.");
    }

    @Test
    void exactlyTheToleranceEitherWayIsUnchanged() throws Exception {
        Map<CoverageCounter, BigDecimal> recorded = Map.of(LINE, d("0.8000"), BRANCH, d("0.8000"));

        assertThat(ratchet().compare(CART, recorded, Map.of(LINE, d("0.7995"), BRANCH, d("0.8005"))))
                .extracting(RatchetResult::change)
                .containsExactly(RatchetResult.Change.UNCHANGED, RatchetResult.Change.UNCHANGED);
        assertThat(ratchet().compare(CART, recorded, Map.of(LINE, d("0.7994"), BRANCH, d("0.8006"))))
                .extracting(RatchetResult::change)
                .containsExactly(RatchetResult.Change.FELL, RatchetResult.Change.ROSE);
        assertThat(CoverageRatchet.withTolerance(BigDecimal.ZERO).compare(CART, recorded,
                Map.of(LINE, d("0.7999"), BRANCH, d("0.8"))))
                .extracting(RatchetResult::change)
                .containsExactly(RatchetResult.Change.FELL, RatchetResult.Change.UNCHANGED);
    }

    @Test
    void aCounterMissingOnEitherSideIsNotCompared() throws Exception {
        List<RatchetResult> results = ratchet().compare(CART, Map.of(LINE, d("0.9")), Map.of(BRANCH, d("0.1")));

        assertThat(results).extracting(RatchetResult::message).containsExactly(
                "com.acme:cart: LINE coverage is not compared: the module has nothing to cover for LINE now.",
                "com.acme:cart: BRANCH coverage is not compared: the baseline records no BRANCH ratio for it.");
        assertThat(results).noneMatch(RatchetResult::fails);
    }

    @Test
    void theOtherCountersAreNotHeld() throws Exception {
        assertThat(ratchet().compare(CART, Map.of(CoverageCounter.METHOD, d("1")),
                Map.of(CoverageCounter.METHOD, d("0")))).extracting(RatchetResult::counter)
                .containsExactly(LINE, BRANCH);
    }

    @Test
    void aNegativeToleranceIsAParameterError() {
        assertThatThrownBy(() -> CoverageRatchet.withTolerance(d("-0.01"))).isInstanceOf(GateInputException.class)
                .hasMessage("parameter devflow.coverage.tolerance: the tolerance is -0.01, but it is a ratio from 0"
                        + " to below 1. Fix: set it to a small ratio such as 0.0005.");
    }

    private static CoverageRatchet ratchet() throws GateInputException {
        return CoverageRatchet.withTolerance(new BigDecimal(CoverageRatchet.DEFAULT_TOLERANCE));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
