package dev.devflow.coverage;

import dev.devflow.gate.GateInputException;
import org.jacoco.core.analysis.ICounter.CounterValue;
import org.jacoco.core.analysis.ICoverageNode.CounterEntity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoverageLimitTest {

    @Test
    void readsRatiosAndPercentagesAsJacocoCheckDoes() throws Exception {
        CoverageLimit limit = CoverageLimit.parse("l", "line", "coveredratio", "80%", "0.95");

        assertThat(limit).isEqualTo(new CoverageLimit(CounterEntity.LINE, CounterValue.COVEREDRATIO,
                new BigDecimal("0.80"), new BigDecimal("0.95")));
    }

    @Test
    void defaultsToInstructionCoveredRatioAsJacoco() throws Exception {
        assertThat(CoverageLimit.parse("l", null, null, "0.5", null).label()).isEqualTo("INSTRUCTION COVEREDRATIO");
    }

    @Test
    void rejectsARatioAboveOne() {
        assertThatThrownBy(() -> CoverageLimit.parse("rules[1].limits[1]", "LINE", "COVEREDRATIO", "1.5", null))
                .isInstanceOf(GateInputException.class)
                .hasMessage("parameter rules[1].limits[1].minimum: ratio 1.5 is outside 0.0..1.0."
                        + " Fix: write a ratio such as 0.85 or a percentage such as 85%.");
    }

    @Test
    void rejectsAnUnknownCounter() {
        assertThatThrownBy(() -> CoverageLimit.parse("l", "LINES", "COVEREDRATIO", "0.5", null))
                .hasMessage("parameter l.counter: unknown value 'LINES'."
                        + " Fix: use one of [INSTRUCTION, BRANCH, LINE, COMPLEXITY, METHOD, CLASS].");
    }

    @Test
    void rejectsAMaximumBelowTheMinimum() {
        assertThatThrownBy(() -> CoverageLimit.parse("l", "LINE", "COVEREDRATIO", "0.9", "0.8"))
                .hasMessage("parameter l: maximum 0.8 is below minimum 0.9, so no value can pass."
                        + " Fix: swap them or correct one of them.");
    }

    @Test
    void rejectsALimitWithoutBoundsAndText() {
        assertThatThrownBy(() -> CoverageLimit.parse("l", "LINE", "COVEREDRATIO", null, null))
                .hasMessageContaining("has neither minimum nor maximum");
        assertThatThrownBy(() -> CoverageLimit.parse("l", "LINE", "COVEREDRATIO", "most", null))
                .hasMessageContaining("'most' is not a number");
        assertThatThrownBy(() -> CoverageLimit.parse("l", "LINE", "MISSEDCOUNT", null, "-1"))
                .hasMessageContaining("count -1 is negative");
    }

    @Test
    void rejectsAnUnknownElementAndARuleWithoutLimits() throws Exception {
        List<CoverageLimit> limits = List.of(CoverageLimit.parse("l", "LINE", null, "0.5", null));
        assertThatThrownBy(() -> CoverageRule.parse("rules[2]", "GROUP", List.of(), List.of(), limits))
                .hasMessage("parameter rules[2].element: unknown element 'GROUP'."
                        + " Fix: use one of BUNDLE, PACKAGE, CLASS, SOURCEFILE, METHOD.");
        assertThatThrownBy(() -> CoverageRule.parse("rules[2]", "CLASS", List.of(), List.of(), List.of()))
                .hasMessageContaining("has no <limits>");
    }

    @Test
    void matchesElementNamesWithJacocoWildcards() throws Exception {
        CoverageRule rule = CoverageRule.parse("r", "CLASS", List.of("com.acme.*"), List.of("*Test"),
                List.of(CoverageLimit.parse("l", "LINE", null, "0.5", null)));

        assertThat(rule.appliesTo("com.acme.Cart")).isTrue();
        assertThat(rule.appliesTo("com.acme.CartTest")).isFalse();
        assertThat(rule.appliesTo("org.other.Cart")).isFalse();
    }
}
