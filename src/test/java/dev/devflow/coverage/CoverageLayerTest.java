package dev.devflow.coverage;

import dev.devflow.gate.GateInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoverageLayerTest {

    private static final Path TARGET = Path.of("/work/shop/target");

    @Test
    void readsTheFileAndItsMinimumAsARatioOrAPercentage() throws Exception {
        CoverageLayer ratio = CoverageLayer.parse("devflow.coverage.layers", "jacoco-it.exec=0.80", TARGET);
        CoverageLayer percent = CoverageLayer.parse("devflow.coverage.layers", " jacoco.exec = 90% ", TARGET);

        assertThat(ratio.execFile()).isEqualTo(TARGET.resolve("jacoco-it.exec"));
        assertThat(ratio.rule().name()).isEqualTo("jacoco-it.exec line coverage");
        assertThat(ratio.rule().limits()).singleElement()
                .satisfies(l -> assertThat(l.minimum()).isEqualByComparingTo(new BigDecimal("0.80")));
        assertThat(percent.name()).isEqualTo("jacoco.exec");
        assertThat(percent.rule().limits().get(0).minimum()).isEqualByComparingTo(new BigDecimal("0.90"));
    }

    @Test
    void failsOnALayerWithoutMinimumNamingTheForm() {
        assertThatThrownBy(() -> CoverageLayer.parse("devflow.coverage.layers", "jacoco-it.exec", TARGET))
                .isInstanceOf(GateInputException.class)
                .hasMessageContaining("parameter devflow.coverage.layers: layer 'jacoco-it.exec' does not name a file"
                        + " and its minimum.")
                .hasMessageContaining("jacoco-it.exec=0.80");
        assertThatThrownBy(() -> CoverageLayer.parse("devflow.coverage.layers", "jacoco-it.exec=", TARGET))
                .isInstanceOf(GateInputException.class)
                .hasMessageContaining("jacoco-it.exec");
    }

    @Test
    void failsOnARatioAboveOne() {
        assertThatThrownBy(() -> CoverageLayer.parse("devflow.coverage.layers", "jacoco-it.exec=1.5", TARGET))
                .isInstanceOf(GateInputException.class)
                .hasMessageContaining("devflow.coverage.layers[jacoco-it.exec].minimum: ratio 1.5 is outside 0.0..1.0");
    }
}
