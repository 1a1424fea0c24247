package dev.devflow.changelog;

import dev.devflow.version.SemVer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangelogRollTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final ChangelogRoll ROLL = new ChangelogRoll("v");

    private static final String BEFORE = """
            # Changelog

            ## [Unreleased]

            ### Added
            - Support for X.

            ## [1.1.0] - 2024-03-01

            ### Fixed
            - A crash.

            ## [1.0.0] - 2024-01-15

            ### Added
            - First release.

            [unreleased]: https://github.com/acme/shop/compare/v1.1.0...HEAD
            [1.1.0]: https://github.com/acme/shop/compare/v1.0.0...v1.1.0
            [1.0.0]: https://github.com/acme/shop/releases/tag/v1.0.0
            """;

    private static final String AFTER = """
            # Changelog

            ## [Unreleased]

            ## [1.2.0] - 2026-11-25

            ### Added
            - Support for X.

            ## [1.1.0] - 2024-03-01

            ### Fixed
            - A crash.

            ## [1.0.0] - 2024-01-15

            ### Added
            - First release.

            [unreleased]: https://github.com/acme/shop/compare/v1.2.0...HEAD
            [1.2.0]: https://github.com/acme/shop/compare/v1.1.0...v1.2.0
            [1.1.0]: https://github.com/acme/shop/compare/v1.0.0...v1.1.0
            [1.0.0]: https://github.com/acme/shop/releases/tag/v1.0.0
            """;

    private static RolledChangelog roll(String text, String version) throws ChangelogEditException {
        return ROLL.roll(ChangelogParser.parse(text), SemVer.parse(version).orElseThrow(), TODAY);
    }

    @Test
    void turnsUnreleasedIntoTheReleaseAndMovesTheLinks() throws ChangelogEditException {
        RolledChangelog rolled = roll(BEFORE, "1.2.0");

        assertThat(rolled.text()).isEqualTo(AFTER);
        assertThat(rolled.changes()).containsExactly(
                "line 3: '## [Unreleased]' becomes '## [1.2.0] - 2026-11-25', below a new empty '## [Unreleased]'.",
                "line 18: [unreleased] now links https://github.com/acme/shop/compare/v1.2.0...HEAD.",
                "line 18: new [1.2.0] below it links https://github.com/acme/shop/compare/v1.1.0...v1.2.0.");
    }

    @Test
    void keepsCrlfLineEnds() throws ChangelogEditException {
        assertThat(roll(BEFORE.replace("\n", "\r\n"), "1.2.0").text()).isEqualTo(AFTER.replace("\n", "\r\n"));
    }

    @Test
    void keepsAMissingFinalLineEnd() throws ChangelogEditException {
        assertThat(roll(BEFORE.strip(), "1.2.0").text()).isEqualTo(AFTER.strip());
        assertThat(roll(BEFORE.replace("\n", "\r\n").strip(), "1.2.0").text())
                .isEqualTo(AFTER.replace("\n", "\r\n").strip());
    }

    @Test
    void aHeadingOnTheLastLineGetsTheFilesLineEnd() throws ChangelogEditException {
        assertThat(roll("# Changelog\r\n\r\n## [Unreleased]", "0.1.0").text())
                .isEqualTo("# Changelog\r\n\r\n## [Unreleased]\r\n\r\n## [0.1.0] - 2026-11-25");
    }

    @Test
    void writesTagsWithoutVWhenTheLinksHaveNone() throws ChangelogEditException {
        String before = BEFORE.replace("/v1.", "/1.").replace("...v1.", "...1.");
        String after = AFTER.replace("/v1.", "/1.").replace("...v1.", "...1.");

        assertThat(before).contains("compare/1.1.0...HEAD", "compare/1.0.0...1.1.0");
        assertThat(roll(before, "1.2.0").text()).isEqualTo(after);
    }

    @Test
    void keepsAnyTagPrefixAndTheComparedBranchAndWritesThreeDots() throws ChangelogEditException {
        String before = "## [Unreleased]\n- X\n\n## [0.2.0] - 2024-01-01\n- Y\n\n"
                + "[Unreleased]: https://gitlab.com/acme/shop/-/compare/release-0.2.0..main\n";

        assertThat(roll(before, "0.3.0").text()).isEqualTo("## [Unreleased]\n\n## [0.3.0] - 2026-11-25\n- X\n\n"
                + "## [0.2.0] - 2024-01-01\n- Y\n\n"
                + "[Unreleased]: https://gitlab.com/acme/shop/-/compare/release-0.3.0...main\n"
                + "[0.3.0]: https://gitlab.com/acme/shop/-/compare/release-0.2.0...release-0.3.0\n");
    }

    @Test
    void withoutLinksAddsNone() throws ChangelogEditException {
        String before = BEFORE.substring(0, BEFORE.indexOf("[unreleased]"));
        String after = AFTER.substring(0, AFTER.indexOf("[unreleased]"));

        RolledChangelog rolled = roll(before, "1.2.0");

        assertThat(rolled.text()).isEqualTo(after);
        assertThat(rolled.changes()).containsExactly(
                "line 3: '## [Unreleased]' becomes '## [1.2.0] - 2026-11-25', below a new empty '## [Unreleased]'.",
                "no [Unreleased] link reference, so no link was added.");
    }

    @Test
    void aFirstReleaseFromCommitsHeadLinksItsTag() throws ChangelogEditException {
        String before = "# Changelog\n\n## [Unreleased]\n### Added\n- Everything.\n\n"
                + "[Unreleased]: https://github.com/acme/shop/commits/HEAD\n";

        assertThat(roll(before, "1.0.0").text()).isEqualTo("# Changelog\n\n## [Unreleased]\n\n"
                + "## [1.0.0] - 2026-11-25\n### Added\n- Everything.\n\n"
                + "[Unreleased]: https://github.com/acme/shop/compare/v1.0.0...HEAD\n"
                + "[1.0.0]: https://github.com/acme/shop/releases/tag/v1.0.0\n");
        assertThat(new ChangelogRoll("").roll(ChangelogParser.parse(before), SemVer.of(1, 0, 0), TODAY).text())
                .contains("compare/1.0.0...HEAD\n", "[1.0.0]: https://github.com/acme/shop/releases/tag/1.0.0\n");
    }

    @Test
    void aFirstReleaseComparedFromACommitLinksItsTag() throws ChangelogEditException {
        String before = "## [Unreleased]\n- Everything.\n\n"
                + "[Unreleased]: https://gitlab.example.org/acme/shop/-/compare/3f2a9c1...HEAD\n";

        assertThat(roll(before, "0.1.0").text()).isEqualTo("## [Unreleased]\n\n## [0.1.0] - 2026-11-25\n"
                + "- Everything.\n\n[Unreleased]: https://gitlab.example.org/acme/shop/-/compare/v0.1.0...HEAD\n"
                + "[0.1.0]: https://gitlab.example.org/acme/shop/-/tags/v0.1.0\n");
    }

    @Test
    void keepsTheHeadingFormsOfTheFile() throws ChangelogEditException {
        String before = "## [Unreleased][unreleased]\n- X\n\n## [v0.2.0] - 2024-01-01\n- Y\n\n"
                + "[unreleased]: https://github.com/acme/shop/compare/v0.2.0...HEAD\n";

        assertThat(roll(before, "0.3.0").text()).isEqualTo("## [Unreleased][unreleased]\n\n"
                + "## [v0.3.0] - 2026-11-25\n- X\n\n## [v0.2.0] - 2024-01-01\n- Y\n\n"
                + "[unreleased]: https://github.com/acme/shop/compare/v0.3.0...HEAD\n"
                + "[v0.3.0]: https://github.com/acme/shop/compare/v0.2.0...v0.3.0\n");
        assertThat(roll("## Unreleased\n- X\n", "0.1.0").text()).isEqualTo("## Unreleased\n\n"
                + "## 0.1.0 - 2026-11-25\n- X\n");
    }

    @Test
    void comparesFromTheHighestEarlierReleaseNotTheFirstHeading() throws ChangelogEditException {
        String before = "## [Unreleased]\n- X\n\n## [1.4.3] - 2024-05-01\n- Y\n\n## [2.0.0] - 2024-04-01\n- Z\n\n"
                + "[Unreleased]: https://github.com/acme/shop/compare/v2.0.0...HEAD\n";

        assertThat(roll(before, "2.1.0").text())
                .endsWith("[Unreleased]: https://github.com/acme/shop/compare/v2.1.0...HEAD\n"
                        + "[2.1.0]: https://github.com/acme/shop/compare/v2.0.0...v2.1.0\n");
    }

    @Test
    void failsOnWhatItCannotEdit() {
        assertThatThrownBy(() -> roll("# Changelog\n\n## [1.0.0] - 2024-01-01\n- X\n", "1.1.0"))
                .isInstanceOf(ChangelogEditException.class)
                .hasMessage("the changelog has no '## [Unreleased]' section to turn into the"
                        + " release. Fix: add '## [Unreleased]' above the first release, with the changes under it.");
        assertThatThrownBy(() -> roll(BEFORE, "1.1.0"))
                .hasMessage("the changelog already has release 1.1.0 at line 8. Fix: release a"
                        + " higher version, or remove that section.");
        assertThatThrownBy(() -> roll(BEFORE + "[1.2.0]: https://example.org\n", "1.2.0"))
                .hasMessage("the changelog already has a link reference [1.2.0] at line 21."
                        + " Fix: remove it; the release writes its own.");
        assertThatThrownBy(() -> roll(BEFORE.replace("https://github.com/acme/shop/compare/v1.1.0...HEAD",
                "https://example.org/changes"), "1.2.0"))
                .hasMessage("the [unreleased] link at line 18 (https://example.org/changes) is"
                        + " not a compare link, so the release's link cannot be made from it. Fix: write it as"
                        + " <repository>/compare/<last tag>...HEAD, or <repository>/commits/HEAD before a first"
                        + " release.");
    }
}
