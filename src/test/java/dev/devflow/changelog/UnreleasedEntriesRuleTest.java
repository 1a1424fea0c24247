package dev.devflow.changelog;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.devflow.changelog.ChangelogChecks.check;
import static dev.devflow.changelog.ChangelogChecks.releases;
import static dev.devflow.changelog.ChangelogChecks.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The changelog rule {@link UnreleasedEntriesRule}. */
class UnreleasedEntriesRuleTest {

    @Test
    void unreleasedEntriesWhenAsked() throws Exception {
        String text = ChangelogParserTest.VALID.replace("### Added\n- Coverage gate.\n", "");
        assertThat(check(text, settings(Set.of(), false, null, true))).containsExactly(
                "5 ERROR changelog.unreleased-entries: '[Unreleased]' has no entries, but the next release needs"
                        + " them; add what changed under ### Added, Changed, Fixed, …");
        assertThat(check(text)).isEmpty();
    }
}
