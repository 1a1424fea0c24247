package dev.devflow.changelog;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.devflow.changelog.ChangelogChecks.check;
import static dev.devflow.changelog.ChangelogChecks.releases;
import static dev.devflow.changelog.ChangelogChecks.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The changelog rule {@link EmptyRule}. */
class EmptyRuleTest {

    @Test
    void nothingEmpty() throws Exception {
        String body = "### Added\n\n## 1.1.0 - 2024-02-01\n\n## 1.0.0 - 2024-01-01\nThe first release, in prose.\n";
        assertThat(check(releases(body), settings(Set.of("version"), false, null, false))).containsExactly(
                "5 ERROR changelog.empty: '### Added' has no entries; add one or remove the heading.",
                "7 ERROR changelog.empty: release 1.1.0 lists no changes.",
                "9 WARNING changelog.empty: release 1.0.0 is written without ### change groups (Added, Fixed, …).");
    }
}
