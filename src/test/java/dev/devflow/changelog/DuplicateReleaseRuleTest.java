package dev.devflow.changelog;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.devflow.changelog.ChangelogChecks.check;
import static dev.devflow.changelog.ChangelogChecks.releases;
import static dev.devflow.changelog.ChangelogChecks.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The changelog rule {@link DuplicateReleaseRule}. */
class DuplicateReleaseRuleTest {

    @Test
    void noReleaseTwice() throws Exception {
        String body = "## 1.0.0 - 2024-01-01\n### Added\n- a\n## 1.0.0 - 2024-01-01\n### Added\n- a\n";
        assertThat(check(releases(body), settings(Set.of("version"), false, null, false))).containsExactly(
                "8 ERROR changelog.duplicate-release: release 1.0.0 appears twice, first at line 5; merge the two.");
    }
}
