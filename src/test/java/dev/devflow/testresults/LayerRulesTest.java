package dev.devflow.testresults;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LayerRulesTest {

    private static TestCase test(String className) {
        return new TestCase(className, "m", "unit", BigDecimal.ZERO, TestCase.Outcome.PASSED, 0, "r.xml");
    }

    @Test
    void aTagWinsOverANameAndANameOverTheFolder() throws Exception {
        LayerRules rules = LayerRules.parse(List.of(LayerRules.DEFAULT_TAG_LAYERS), List.of("e2e=*E2ETest",
                "smoke=com.acme.smoke.*"));

        assertThat(rules.layerOf(test("com.acme.CheckoutE2ETest"), Set.of("integration"))).isEqualTo("integration");
        assertThat(rules.layerOf(test("com.acme.CheckoutE2ETest"), Set.of())).isEqualTo("e2e");
        assertThat(rules.layerOf(test("com.acme.smoke.PingTest"), Set.of())).isEqualTo("smoke");
        assertThat(rules.layerOf(test("com.acme.CartTest"), Set.of("slow"))).isEqualTo("unit");
        assertThat(rules.layers()).containsExactly("smoke", "integration", "e2e");
    }

    @Test
    void theFirstTagListedWins() throws Exception {
        LayerRules rules = LayerRules.parse(List.of("e2e=browser", "smoke=smoke"), List.of());

        assertThat(rules.layerOf(test("a.B"), Set.of("smoke", "browser"))).isEqualTo("e2e");
    }

    @Test
    void noTagRulesMeansNoClassFilesAreRead() throws Exception {
        assertThat(LayerRules.parse(List.of(), List.of()).readsTags()).isFalse();
        assertThat(LayerRules.defaults().readsTags()).isTrue();
    }

    @Test
    void aRuleThatIsNotLayerEqualsValueIsNamed() {
        assertThatThrownBy(() -> LayerRules.parse(List.of("smoke"), List.of()))
                .hasMessage("parameter tagLayers: 'smoke' is not layer=tag. Fix: write it as"
                        + " smoke=smoke,integration=integration,e2e=e2e.");
        assertThatThrownBy(() -> LayerRules.parse(List.of(), List.of("=*IT")))
                .hasMessage("parameter classLayers: '=*IT' is not layer=pattern. Fix: write it as"
                        + " e2e=*E2ETest,smoke=com.acme.smoke.* (* is any text).");
    }
}
