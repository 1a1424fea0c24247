package dev.devflow.changelog;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.devflow.changelog.ChangelogChecks.check;
import static dev.devflow.changelog.ChangelogChecks.releases;
import static dev.devflow.changelog.ChangelogChecks.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The changelog rule {@link VersionRule}. */
class VersionRuleTest {

    @Test
    void versionsAreSemver() throws Exception {
        assertThat(check(releases("## 4.5 - 2024-01-01\n### Added\n- a\n")).get(0)).isEqualTo(
                "5 ERROR changelog.version: '4.5' is not a Semantic Versioning 2.0.0 version (MAJOR.MINOR.PATCH,"
                        + " such as 1.4.0 or 2.0.0-rc.1).");
        assertThat(check(releases("## [7.1.0.0] - 2024-01-01\n### Added\n- a\n")).get(0)).contains("'7.1.0.0' is not");
        assertThat(check(releases("## [1.2.0rc2] - 2024-01-01\n### Added\n- a\n")).get(0)).contains("'1.2.0rc2' is not");
    }

    @Test
    void toleratedVersionFormsAreWarnings() throws Exception {
        assertThat(check(releases("## [v1.2.3] - 2024-01-01\n### Added\n- a\n\n[v1.2.3]: https://x/tag/v1.2.3\n"
                + "[unreleased]: https://x/compare/v1.2.3...HEAD\n")))
                .containsExactly("5 WARNING changelog.version: write the version without 'v': [1.2.3].");
        assertThat(check(releases("## 1.2.3 - 2024-01-01\n### Added\n- a\n"))).containsExactly(
                "5 WARNING changelog.version: write the version in brackets, as a link: [1.2.3].");
        assertThat(check(releases("## [1.2.3](https://x/tag/v1.2.3) - 2024-01-01\n### Added\n- a\n")))
                .containsExactly("5 WARNING changelog.version: the heading has an inline link; Keep a Changelog"
                        + " puts the link in a reference at the bottom: [1.2.3]: <url>.");
    }
}
