package dev.devflow.changelog;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.devflow.changelog.ChangelogChecks.check;
import static dev.devflow.changelog.ChangelogChecks.releases;
import static dev.devflow.changelog.ChangelogChecks.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The changelog rule {@link BracketsRule}. */
class BracketsRuleTest {

    @Test
    void bracketsBalance() throws Exception {
        String text = ChangelogParserTest.VALID.replace("- A crash.", "- A crash ([#12](https://x/12).");
        assertThat(check(text)).containsExactly(
                "17 WARNING changelog.brackets: unbalanced brackets in 'A crash ([#12](https://x/12).'.");
    }
}
