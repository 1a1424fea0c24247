package dev.devflow.changelog;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.devflow.changelog.ChangelogChecks.check;
import static dev.devflow.changelog.ChangelogChecks.releases;
import static dev.devflow.changelog.ChangelogChecks.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The changelog rule {@link LinksRule}. */
class LinksRuleTest {

    @Test
    void linksExistForHeadingsAndNoneDangle() throws Exception {
        String body = "## [1.0.0] - 2024-01-01\n### Added\n- a\n\n[0.9.0]: https://x/tag/v0.9.0\n"
                + "[unreleased]: http://x/compare/v1.0.0...HEAD\n";
        assertThat(check(releases(body))).containsExactly(
                "5 ERROR changelog.links: [1.0.0] has no link reference; add '[1.0.0]: <compare or tag URL>' at"
                        + " the bottom.",
                "9 ERROR changelog.links: link reference [0.9.0] belongs to no heading; remove it or add the release.",
                "10 WARNING changelog.links: link [unreleased] uses http; use https.");
    }
}
