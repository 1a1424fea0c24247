package dev.devflow.changelog;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.devflow.changelog.ChangelogChecks.check;
import static dev.devflow.changelog.ChangelogChecks.releases;
import static dev.devflow.changelog.ChangelogChecks.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The changelog rule {@link CompareLinksRule}. */
class CompareLinksRuleTest {

    @Test
    void compareLinksFollowThePattern() throws Exception {
        String text = ChangelogParserTest.VALID.replace("compare/v1.0.0...v1.1.0", "compare/v0.9.0...v1.1.0")
                .replace("compare/v1.1.0...HEAD", "compare/v1.1.0..HEAD");
        assertThat(check(text)).containsExactly(
                "24 WARNING changelog.compare-links: [unreleased] uses a two-dot compare link; write"
                        + " 'v1.1.0...HEAD'.",
                "25 ERROR changelog.compare-links: [1.1.0] compares v0.9.0...v1.1.0, but should compare"
                        + " v1.0.0...v1.1.0.");
    }

    @Test
    void compareLinksOfMaintenanceLinesGoFromThePreviousReleaseOfTheirLine() throws Exception {
        String text = "# Changelog\n## [Unreleased][unreleased]\n### Added\n- a\n"
                + "## [2.0.1] - 2024-02-15\n### [Fixed]\nprose only\n## [2.1.0] - 2024-02-10\n### Added\n- b\n"
                + "## [2.0.0] - 2024-02-01\n### Added\n- c\n\n"
                + "[unreleased]: https://x/compare/2.1.0...HEAD\n[2.0.1]: https://x/compare/2.0.0..2.0.1\n"
                + "[2.1.0]: https://x/compare/2.0.0...2.1.0\n[2.0.0]: https://x/releases/tag/2.0.0\n";
        assertThat(check(text)).containsExactly(
                "8 WARNING changelog.order: version 2.1.0 is higher than 2.0.1 above it; fine for a maintenance"
                        + " release listed by date, otherwise reorder.",
                "6 WARNING changelog.section: write '### Fixed'.",
                "6 WARNING changelog.empty: '### [Fixed]' has text but no list entries; write each change as '- …'.",
                "16 WARNING changelog.compare-links: [2.0.1] uses a two-dot compare link; write '2.0.0...2.0.1'.");
    }
}
