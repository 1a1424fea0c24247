package dev.devflow.changelog;

import dev.devflow.gate.Finding;
import dev.devflow.gate.GateInputException;
import dev.devflow.version.SemVer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangelogValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static ChangelogSettings settings(Set<String> disabled, boolean strict, String since, boolean entries) {
        return new ChangelogSettings(Path.of("CHANGELOG.md"), "CHANGELOG.md", TODAY, disabled, strict,
                since == null ? null : SemVer.parse(since).orElseThrow(), entries, true, null, List.of(), true);
    }

    /** Findings as {@code line severity rule: message}, the shape the tests compare whole. */
    static List<String> check(String text, ChangelogSettings settings) throws GateInputException {
        return new ChangelogValidator(settings).validate(ChangelogParser.parse(text)).stream()
                .map(ChangelogValidatorTest::describe).toList();
    }

    static List<String> check(String text) throws GateInputException {
        return check(text, settings(Set.of(), false, null, false));
    }

    private static String describe(Finding f) {
        return f.location().line() + " " + f.severity() + " " + f.ruleId() + ": " + f.message();
    }

    private static String releases(String body) {
        return "# Changelog\n\n## [Unreleased]\n\n" + body;
    }

    @Test
    void aValidChangelogHasNoFindings() throws Exception {
        assertThat(check(ChangelogParserTest.VALID)).isEmpty();
        assertThat(check(ChangelogParserTest.VALID.replace("\n", "\r\n"))).isEmpty();
    }

    @Test
    void title() throws Exception {
        assertThat(check("## [Unreleased]\n")).containsExactly(
                "1 ERROR changelog.title: the changelog has no title; start it with '# Changelog'.");
        assertThat(check("# Change Log\n## [Unreleased]\n")).containsExactly(
                "1 WARNING changelog.title: the title is 'Change Log'; Keep a Changelog uses '# Changelog'.");
    }

    @Test
    void unreleasedExistsAndComesFirst() throws Exception {
        assertThat(check("# Changelog\n## [1.0.0] - 2024-01-01\n### Added\n- a\n")).containsExactly(
                "2 ERROR changelog.unreleased: there is no '## [Unreleased]' section; add one above the first"
                        + " release, to collect the changes not yet released.");
        assertThat(check("# Changelog\n## [1.0.0] - 2024-01-01\n### Added\n- a\n## [Unreleased]\n")).contains(
                "5 ERROR changelog.unreleased: '[Unreleased]' must be the first section, above 1.0.0.");
        assertThat(check("# Changelog\n## unreleased\n")).containsExactly(
                "2 WARNING changelog.unreleased: write the heading as '## [Unreleased]'.");
    }

    @Test
    void headingsAreReleases() throws Exception {
        assertThat(check(releases("## Highlights\n"))).containsExactly(
                "5 ERROR changelog.heading: '## Highlights' is not a release heading; level-two headings are"
                        + " '## [X.Y.Z] - YYYY-MM-DD' or '## [Unreleased]' (use ### or plain text for other titles).");
    }

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

    @Test
    void separatorsAreConsistent() throws Exception {
        assertThat(check(releases("## 1.0.0 (2024-01-01)\n### Added\n- a\n"))).contains(
                "5 WARNING changelog.separator: separate version and date with ' - ', as the other headings"
                        + " should: ## [1.0.0] - 2024-01-01.");
    }

    @Test
    void latestFirstJudgedByDate() throws Exception {
        String body = "## 1.0.0 - 2024-01-01\n### Added\n- a\n## 1.1.0 - 2024-02-01\n### Added\n- b\n";
        assertThat(check(releases(body), settings(Set.of("version"), false, null, false))).containsExactly(
                "8 ERROR changelog.order: release 1.1.0 (2024-02-01) is newer than 1.0.0 (2024-01-01) above it;"
                        + " list the latest release first.");
        String maintenance = "## 2.0.0 - 2024-03-01\n### Added\n- a\n## 1.9.1 - 2024-02-15\n### Fixed\n- b\n"
                + "## 1.10.0 - 2024-02-01\n### Added\n- c\n";
        assertThat(check(releases(maintenance), settings(Set.of("version"), false, null, false))).containsExactly(
                "11 WARNING changelog.order: version 1.10.0 is higher than 1.9.1 above it; fine for a maintenance"
                        + " release listed by date, otherwise reorder.");
    }

    @Test
    void noReleaseTwice() throws Exception {
        String body = "## 1.0.0 - 2024-01-01\n### Added\n- a\n## 1.0.0 - 2024-01-01\n### Added\n- a\n";
        assertThat(check(releases(body), settings(Set.of("version"), false, null, false))).containsExactly(
                "8 ERROR changelog.duplicate-release: release 1.0.0 appears twice, first at line 5; merge the two.");
    }

    @Test
    void sectionsAreTheSixTypesOnceEach() throws Exception {
        String body = "## 1.0.0 - 2024-01-01\n### Bug Fixes\n- a\n### FIXED\n- b\n### Fixed\n- c\n";
        assertThat(check(releases(body), settings(Set.of("version"), false, null, false))).containsExactly(
                "6 ERROR changelog.section: '### Bug Fixes' is not a change type; use one of Added, Changed,"
                        + " Deprecated, Removed, Fixed, Security.",
                "8 WARNING changelog.section: write '### Fixed'.",
                "10 ERROR changelog.section: '### Fixed' appears twice in 1.0.0 (first at line 8); group the"
                        + " entries under one heading.");
    }

    @Test
    void nothingEmpty() throws Exception {
        String body = "### Added\n\n## 1.1.0 - 2024-02-01\n\n## 1.0.0 - 2024-01-01\nThe first release, in prose.\n";
        assertThat(check(releases(body), settings(Set.of("version"), false, null, false))).containsExactly(
                "5 ERROR changelog.empty: '### Added' has no entries; add one or remove the heading.",
                "7 ERROR changelog.empty: release 1.1.0 lists no changes.",
                "9 WARNING changelog.empty: release 1.0.0 is written without ### change groups (Added, Fixed, …).");
    }

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

    @Test
    void bracketsBalance() throws Exception {
        String text = ChangelogParserTest.VALID.replace("- A crash.", "- A crash ([#12](https://x/12).");
        assertThat(check(text)).containsExactly(
                "17 WARNING changelog.brackets: unbalanced brackets in 'A crash ([#12](https://x/12).'.");
    }

    @Test
    void unreleasedEntriesWhenAsked() throws Exception {
        String text = ChangelogParserTest.VALID.replace("### Added\n- Coverage gate.\n", "");
        assertThat(check(text, settings(Set.of(), false, null, true))).containsExactly(
                "5 ERROR changelog.unreleased-entries: '[Unreleased]' has no entries, but the next release needs"
                        + " them; add what changed under ### Added, Changed, Fixed, …");
        assertThat(check(text)).isEmpty();
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
