package dev.devflow.changelog;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.devflow.changelog.ChangelogChecks.check;
import static dev.devflow.changelog.ChangelogChecks.releases;
import static dev.devflow.changelog.ChangelogChecks.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The changelog rule {@link TitleRule}. */
class TitleRuleTest {

    @Test
    void title() throws Exception {
        assertThat(check("## [Unreleased]\n")).containsExactly(
                "1 ERROR changelog.title: the changelog has no title; start it with '# Changelog'.");
        assertThat(check("# Change Log\n## [Unreleased]\n")).containsExactly(
                "1 WARNING changelog.title: the title is 'Change Log'; Keep a Changelog uses '# Changelog'.");
    }
}
