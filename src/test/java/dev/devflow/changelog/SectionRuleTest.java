package dev.devflow.changelog;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.devflow.changelog.ChangelogChecks.check;
import static dev.devflow.changelog.ChangelogChecks.releases;
import static dev.devflow.changelog.ChangelogChecks.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The changelog rule {@link SectionRule}. */
class SectionRuleTest {

    @Test
    void sectionsAreTheSixTypesOnceEach() throws Exception {
        String body = "## 1.0.0 - 2024-01-01\n### Bug Fixes\n- a\n### FIXED\n- b\n### Fixed\n- c\n";
        assertThat(check(releases(body), settings(Set.of("version"), false, null, false))).containsExactly(
                "6 ERROR changelog.section: '### Bug Fixes' is not a change type; use one of Added, Changed,"
                        + " Deprecated, Removed, Fixed, Security.",
                "8 WARNING changelog.section: write '### Fixed'.",
                "10 ERROR changelog.section: '### Fixed' appears twice in 1.0.0 (first at line 8); group the"
                        + " entries under one heading.");
    }
}
