package dev.devflow.gate;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThresholdTest {

    @Test
    void readsALimitAsANumberOrAPercentage() throws Exception {
        assertThat(Threshold.parseLimit("p", " 0.85 ")).isEqualTo(new BigDecimal("0.85"));
        assertThat(Threshold.parseLimit("p", "85 %")).isEqualTo(new BigDecimal("0.85"));
        assertThat(Threshold.parseLimit("p", "12")).isEqualTo(new BigDecimal("12"));
    }

    @Test
    void aBlankLimitIsNoLimit() throws Exception {
        assertThat(Threshold.parseLimit("p", null)).isNull();
        assertThat(Threshold.parseLimit("p", "  ")).isNull();
    }

    @Test
    void namesTheParameterOfAValueThatIsNoNumber() {
        assertThatThrownBy(() -> Threshold.parseLimit("devflow.coverage.tolerance", "half"))
                .isInstanceOf(GateInputException.class)
                .hasMessage("parameter devflow.coverage.tolerance: 'half' is not a number."
                        + " Fix: write a ratio such as 0.85 or a percentage such as 85%.");
    }
}
