package dev.devflow.changelog;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.devflow.changelog.ChangelogChecks.check;
import static dev.devflow.changelog.ChangelogChecks.releases;
import static dev.devflow.changelog.ChangelogChecks.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The validator as a whole: a valid changelog, and rules switched off, made strict, or limited to recent releases. */
class ChangelogValidatorTest {

    @Test
    void aValidChangelogHasNoFindings() throws Exception {
        assertThat(check(ChangelogParserTest.VALID)).isEmpty();
        assertThat(check(ChangelogParserTest.VALID.replace("\n", "\r\n"))).isEmpty();
    }

    @Test
    void rulesSwitchOffByNameStrictMakesWarningsErrorsAndSinceSkipsOldReleases() throws Exception {
        String text = "# Change Log\n## [Unreleased]\n";
        assertThat(check(text, settings(Set.of("title"), false, null, false))).isEmpty();
        assertThat(check(text, settings(Set.of(), true, null, false))).containsExactly(
                "1 ERROR changelog.title: the title is 'Change Log'; Keep a Changelog uses '# Changelog'. (strict)");
        String legacy = releases("## [2.0.0] - 2024-01-01\n### Added\n- a\n## 1.0 - 2020-01-01\nold\n\n"
                + "[unreleased]: https://x/compare/v2.0.0...HEAD\n[2.0.0]: https://x/tag/v2.0.0\n");
        assertThat(check(legacy)).hasSize(2);
        assertThat(check(legacy, settings(Set.of(), false, "2.0.0", false))).isEmpty();
        assertThatThrownBy(() -> check(text, settings(Set.of("titel"), false, null, false)))
                .hasMessageStartingWith("parameter disabledRules: there is no changelog rule 'titel'.");
    }
}
