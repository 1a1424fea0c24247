package dev.devflow.release;

import dev.devflow.gate.GateInputException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BumpMappingTest {

    @Test
    void readsTypeEqualsBumpPairsInOrder() throws Exception {
        assertThat(BumpMapping.parse(" Changed = major, Security=MINOR ,Fixed=patch"))
                .containsExactly(Map.entry("Changed", Bump.MAJOR), Map.entry("Security", Bump.MINOR),
                        Map.entry("Fixed", Bump.PATCH));
        assertThat(BumpMapping.parse(null)).isEmpty();
        assertThat(BumpMapping.parse("  ")).isEmpty();
    }

    @Test
    void aPairThatIsNotOneNamesItselfAndTheForm() {
        for (String bad : new String[] {"Changed=huge", "Changed", "=major"}) {
            assertThatThrownBy(() -> BumpMapping.parse("Fixed=patch," + bad)).isInstanceOf(GateInputException.class)
                    .hasMessage("parameter bumps: '" + bad + "' is not Type=major|minor|patch. Fix: write it as"
                            + " Changed=major,Security=minor.");
        }
    }
}
