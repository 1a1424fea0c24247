package dev.devflow.changelog;

import dev.devflow.version.SemVer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReleaseNotesTest {

    private static final String CHANGELOG = """
            # Changelog

            ## [Unreleased]

            ## [1.2.0] - 2026-11-25

            A release about *speed*.

            ### Added
            - Support for X,
              over two lines.
            ```
            ## [9.9.9] not a heading
            ```

            ### Fixed
            - A crash ([#12]).

            ## [1.1.0] - 2024-03-01

            ### Fixed
            - Another crash.

            [#12]: https://github.com/acme/shop/issues/12
            [unreleased]: https://github.com/acme/shop/compare/v1.2.0...HEAD
            """;

    @Test
    void isTheSectionVerbatimWithoutItsHeading() throws ChangelogEditException {
        assertThat(ReleaseNotes.of(ChangelogParser.parse(CHANGELOG), SemVer.of(1, 2, 0))).isEqualTo("""
                A release about *speed*.

                ### Added
                - Support for X,
                  over two lines.
                ```
                ## [9.9.9] not a heading
                ```

                ### Fixed
                - A crash ([#12]).
                """);
    }

    @Test
    void theLastSectionEndsBeforeTheLinks() throws ChangelogEditException {
        assertThat(ReleaseNotes.of(ChangelogParser.parse(CHANGELOG), SemVer.of(1, 1, 0)))
                .isEqualTo("### Fixed\n- Another crash.\n");
    }

    @Test
    void keepsTheLineEndsAsWritten() throws ChangelogEditException {
        Changelog crlf = ChangelogParser.parse(CHANGELOG.replace("\n", "\r\n"));

        assertThat(ReleaseNotes.of(crlf, SemVer.of(1, 1, 0))).isEqualTo("### Fixed\r\n- Another crash.\r\n");
        assertThat(ReleaseNotes.of(ChangelogParser.parse("## [1.0.0] - 2024-01-01\n- X"), SemVer.of(1, 0, 0)))
                .isEqualTo("- X");
    }

    @Test
    void ofUnreleasedIsWhatTheReleaseWillSay() throws ChangelogEditException {
        Changelog changelog = ChangelogParser.parse("## [Unreleased]\n\n### Fixed\n- A crash.\n\n"
                + "## [1.0.0] - 2024-01-01\n- X\n");

        assertThat(ReleaseNotes.ofUnreleased(changelog)).isEqualTo("### Fixed\n- A crash.\n");
    }

    @Test
    void aVersionNotInTheChangelogFails() {
        assertThatThrownBy(() -> ReleaseNotes.of(ChangelogParser.parse(CHANGELOG), SemVer.of(1, 3, 0)))
                .isInstanceOf(ChangelogEditException.class)
                .hasMessage("the changelog has no release 1.3.0 to take the release notes from."
                        + " Fix: roll the changelog to 1.3.0 first.");
    }
}
