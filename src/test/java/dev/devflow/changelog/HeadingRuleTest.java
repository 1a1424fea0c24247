package dev.devflow.changelog;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.devflow.changelog.ChangelogChecks.check;
import static dev.devflow.changelog.ChangelogChecks.releases;
import static dev.devflow.changelog.ChangelogChecks.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The changelog rule {@link HeadingRule}. */
class HeadingRuleTest {

    @Test
    void headingsAreReleases() throws Exception {
        assertThat(check(releases("## Highlights\n"))).containsExactly(
                "5 ERROR changelog.heading: '## Highlights' is not a release heading; level-two headings are"
                        + " '## [X.Y.Z] - YYYY-MM-DD' or '## [Unreleased]' (use ### or plain text for other titles).");
    }
}
