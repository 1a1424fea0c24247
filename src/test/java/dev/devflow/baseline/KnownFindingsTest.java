package dev.devflow.baseline;

import dev.devflow.gate.Finding;
import dev.devflow.gate.Location;
import dev.devflow.gate.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KnownFindingsTest {

    private static final FingerprintedFinding OLD = finding("1111111111111111", "lint.unused-local");
    private static final FingerprintedFinding NEW = finding("2222222222222222", "lint.unused-local");
    private static final FingerprintedFinding INJECTION = finding("3333333333333333", "bugs.SQL_INJECTION");
    private static final BaselineEntry GONE = new BaselineEntry("4444444444444444", "lint.empty-catch", "A.java");

    @Test
    void recordedFindingsAreKnownOthersFailAndGoneOnesAreFixed() {
        KnownFindings sorted = KnownFindings.sort(List.of(GONE, OLD.toEntry()), List.of(NEW, OLD), f -> false);

        assertThat(sorted.known()).containsExactly(OLD);
        assertThat(sorted.failing()).containsExactly(NEW);
        assertThat(sorted.fixed()).containsExactly(GONE);
        assertThat(sorted.fixedHint()).isEqualTo("1 finding recorded in the baseline is fixed: refresh the baseline"
                + " with mvn devflow:baseline, so that a finding coming back counts as new.");
    }

    @Test
    void securityFindingsFailEvenWhenRecorded() {
        KnownFindings sorted = KnownFindings.sort(List.of(INJECTION.toEntry(), OLD.toEntry()),
                List.of(INJECTION, OLD), f -> f.finding().ruleId().contains("INJECTION"));

        assertThat(sorted.known()).containsExactly(OLD);
        assertThat(sorted.failing()).containsExactly(INJECTION);
        assertThat(sorted.fixed()).isEmpty();
        assertThat(sorted.fixedHint()).isEmpty();
    }

    @Test
    void onlyTheFingerprintIsMatched() {
        BaselineEntry renamedByHand = new BaselineEntry(OLD.fingerprint(), "lint.renamed", "Elsewhere.java");

        KnownFindings sorted = KnownFindings.sort(List.of(renamedByHand), List.of(OLD), f -> false);

        assertThat(sorted.known()).containsExactly(OLD);
        assertThat(sorted.failing()).isEmpty();
        assertThat(sorted.fixed()).isEmpty();
    }

    @Test
    void noBaselineMeansEveryFindingFails() {
        KnownFindings sorted = KnownFindings.sort(List.of(), List.of(OLD, NEW), f -> false);

        assertThat(sorted.known()).isEmpty();
        assertThat(sorted.failing()).containsExactly(OLD, NEW);
    }

    private static FingerprintedFinding finding(String fingerprint, String rule) {
        return new FingerprintedFinding(fingerprint,
                new Finding(rule, Severity.ERROR, "found", Location.ofLine("src/main/java/Cart.java", 3)));
    }
}
