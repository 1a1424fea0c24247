package dev.devflow.changelog;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.devflow.changelog.ChangelogChecks.check;
import static dev.devflow.changelog.ChangelogChecks.releases;
import static dev.devflow.changelog.ChangelogChecks.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The changelog rule {@link DateRule}. */
class DateRuleTest {

    @Test
    void datesAreRealPastDays() throws Exception {
        assertThat(check(releases("## 1.0.0\n### Added\n- a\n"))).contains(
                "5 ERROR changelog.date: release 1.0.0 has no date; write '## [1.0.0] - YYYY-MM-DD'.");
        assertThat(check(releases("## 1.0.0 - 2026-02-30\n### Added\n- a\n"))).contains(
                "5 ERROR changelog.date: '2026-02-30' is not a date of the form YYYY-MM-DD that exists.");
        assertThat(check(releases("## 1.0.0 - 01/02/2024\n### Added\n- a\n"))).contains(
                "5 ERROR changelog.date: '01/02/2024' is not a date of the form YYYY-MM-DD that exists.");
        assertThat(check(releases("## 1.0.0 - 2026-12-01\n### Added\n- a\n"))).contains(
                "5 ERROR changelog.date: release 1.0.0 is dated 2026-12-01, in the future (today is 2026-11-25).");
    }
}
