package dev.devflow.changelog;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.devflow.changelog.ChangelogChecks.check;
import static dev.devflow.changelog.ChangelogChecks.releases;
import static dev.devflow.changelog.ChangelogChecks.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The changelog rule {@link OrderRule}. */
class OrderRuleTest {

    @Test
    void latestFirstJudgedByDate() throws Exception {
        String body = "## 1.0.0 - 2024-01-01\n### Added\n- a\n## 1.1.0 - 2024-02-01\n### Added\n- b\n";
        assertThat(check(releases(body), settings(Set.of("version"), false, null, false))).containsExactly(
                "8 ERROR changelog.order: release 1.1.0 (2024-02-01) is newer than 1.0.0 (2024-01-01) above it;"
                        + " list the latest release first.");
        String maintenance = "## 2.0.0 - 2024-03-01\n### Added\n- a\n## 1.9.1 - 2024-02-15\n### Fixed\n- b\n"
                + "## 1.10.0 - 2024-02-01\n### Added\n- c\n";
        assertThat(check(releases(maintenance), settings(Set.of("version"), false, null, false))).containsExactly(
                "11 WARNING changelog.order: version 1.10.0 is higher than 1.9.1 above it; fine for a maintenance"
                        + " release listed by date, otherwise reorder.");
    }
}
