package dev.devflow.changelog;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.devflow.changelog.ChangelogChecks.check;
import static dev.devflow.changelog.ChangelogChecks.releases;
import static dev.devflow.changelog.ChangelogChecks.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The changelog rule {@link UnreleasedRule}. */
class UnreleasedRuleTest {

    @Test
    void unreleasedExistsAndComesFirst() throws Exception {
        assertThat(check("# Changelog\n## [1.0.0] - 2024-01-01\n### Added\n- a\n")).containsExactly(
                "2 ERROR changelog.unreleased: there is no '## [Unreleased]' section; add one above the first"
                        + " release, to collect the changes not yet released.");
        assertThat(check("# Changelog\n## [1.0.0] - 2024-01-01\n### Added\n- a\n## [Unreleased]\n")).contains(
                "5 ERROR changelog.unreleased: '[Unreleased]' must be the first section, above 1.0.0.");
        assertThat(check("# Changelog\n## unreleased\n")).containsExactly(
                "2 WARNING changelog.unreleased: write the heading as '## [Unreleased]'.");
    }
}
