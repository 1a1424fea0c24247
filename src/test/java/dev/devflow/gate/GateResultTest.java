package dev.devflow.gate;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GateResultTest {

    private static final Measurement MET = new Measurement("m", "0.90", "", Threshold.minimum(new BigDecimal("0.85")),
            true, "");
    private static final Measurement MISSED = new Measurement("m", "0.80", "",
            Threshold.minimum(new BigDecimal("0.85")), false, "too low");

    private static Finding finding(Severity severity) {
        return new Finding("r", severity, "text", Location.ofLine("A.java", 3));
    }

    @Test
    void statusFollowsFromMeasurementsAndFindings() {
        assertThat(GateResult.measured("g", "h", List.of(MET), List.of(), Map.of()).status()).isEqualTo(GateStatus.PASSED);
        assertThat(GateResult.measured("g", "h", List.of(MISSED), List.of(), Map.of()).status()).isEqualTo(GateStatus.FAILED);
        assertThat(GateResult.measured("g", "h", List.of(MET), List.of(finding(Severity.ERROR)), Map.of()).status())
                .isEqualTo(GateStatus.FAILED);
        assertThat(GateResult.measured("g", "h", List.of(MET), List.of(finding(Severity.WARNING)), Map.of()).status())
                .isEqualTo(GateStatus.WARNED);
        assertThat(GateResult.measured("g", "h", List.of(MET), List.of(finding(Severity.NOTE)), Map.of()).status())
                .isEqualTo(GateStatus.PASSED);
    }

    @Test
    void moreFindingsDeriveTheStatusAgainAlsoForAResultThatHadNothingToMeasure() {
        GateResult passed = GateResult.measured("g", "h", List.of(MET), List.of(), Map.of("k", "v"));

        GateResult failed = passed.withMoreFindings("1 more", List.of(finding(Severity.ERROR)));
        assertThat(failed.status()).isEqualTo(GateStatus.FAILED);
        assertThat(failed.headline()).isEqualTo("h; 1 more");
        assertThat(failed.measurements()).containsExactly(MET);
        assertThat(failed.details()).isEqualTo(Map.of("k", "v"));
        assertThat(GateResult.notApplicable("g", "nothing").withMoreFindings("w", List.of(finding(Severity.WARNING)))
                .status()).isEqualTo(GateStatus.WARNED);
        assertThat(passed.withMoreFindings("none", List.of())).isSameAs(passed);
    }

    @Test
    void ordersFindingsMostSevereFirst() {
        GateResult result = GateResult.measured("g", "h", List.of(),
                List.of(finding(Severity.NOTE), finding(Severity.ERROR), finding(Severity.WARNING)), Map.of());

        assertThat(result.findings()).extracting(Finding::severity)
                .containsExactly(Severity.ERROR, Severity.WARNING, Severity.NOTE);
    }

    @Test
    void aMeasurementWithoutThresholdCannotFail() {
        assertThatThrownBy(() -> new Measurement("m", "1", "", null, false, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thresholdsCompareExactly() {
        Threshold minimum = Threshold.minimum(new BigDecimal("0.85"));
        assertThat(minimum.isMetBy(new BigDecimal("0.85"))).isTrue();
        assertThat(minimum.isMetBy(new BigDecimal("0.8499"))).isFalse();
        assertThat(Threshold.maximum(BigDecimal.ZERO).isMetBy(BigDecimal.ONE)).isFalse();
        assertThat(minimum).hasToString("≥ 0.85");
    }

    @Test
    void locationsPrintAsEditorsLinkThem() {
        assertThat(Location.ofLine("src/A.java", 3)).hasToString("src/A.java:3");
        assertThat(Location.ofLines("src/A.java", 3, 7)).hasToString("src/A.java:3-7");
        assertThat(Location.ofFile("pom.xml")).hasToString("pom.xml");
    }

    @Test
    void inputErrorsNameFileLineAndFix() {
        GateInputException e = new GateInputException(java.nio.file.Path.of("CHANGELOG.md"), 12, "bad date.",
                "write YYYY-MM-DD.");
        assertThat(e).hasMessage("CHANGELOG.md:12: bad date. Fix: write YYYY-MM-DD.");
    }
}
