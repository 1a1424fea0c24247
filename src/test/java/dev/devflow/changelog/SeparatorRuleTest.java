package dev.devflow.changelog;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.devflow.changelog.ChangelogChecks.check;
import static dev.devflow.changelog.ChangelogChecks.releases;
import static dev.devflow.changelog.ChangelogChecks.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The changelog rule {@link SeparatorRule}. */
class SeparatorRuleTest {

    @Test
    void separatorsAreConsistent() throws Exception {
        assertThat(check(releases("## 1.0.0 (2024-01-01)\n### Added\n- a\n"))).contains(
                "5 WARNING changelog.separator: separate version and date with ' - ', as the other headings"
                        + " should: ## [1.0.0] - 2024-01-01.");
    }
}
