package dev.devflow.release;

import dev.devflow.changelog.Changelog;
import dev.devflow.changelog.ChangelogParser;
import dev.devflow.version.SemVer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReleaseVersionChooserTest {

    private static final ReleaseVersionChooser DEFAULTS = new ReleaseVersionChooser(Map.of(), "CHANGELOG.md");

    /** A changelog whose [Unreleased] (line 3) holds {@code body}, over releases 1.2.0 (line 5+n) and 1.1.0. */
    private static Changelog changelog(String body) {
        return ChangelogParser.parse("# Changelog\n\n## [Unreleased]\n" + body + "\n## [1.2.0] - 2024-03-01\n"
                + "### Added\n- Lint gate.\n\n## [1.1.0] - 2024-01-15\n### Added\n- First.\n");
    }

    private static ReleaseVersion choose(Changelog changelog) throws ReleaseFailure {
        return DEFAULTS.choose(changelog, "1.2.1-SNAPSHOT", null);
    }

    @ParameterizedTest
    @CsvSource({"Added, 1.3.0, minor", "Changed, 1.3.0, minor", "Deprecated, 1.3.0, minor",
            "Removed, 2.0.0, major", "Fixed, 1.2.1, patch", "Security, 1.2.1, patch"})
    void bumpsByTheGroup(String group, String expected, String bump) throws ReleaseFailure {
        ReleaseVersion version = choose(changelog("### " + group + "\n- The change.\n"));

        assertThat(version).isEqualTo(new ReleaseVersion(SemVer.parse(expected).orElseThrow(),
                bump + " bump from 1.2.0: '" + group + "' entry at CHANGELOG.md:5 (The change.)"));
    }

    @Test
    void theLargestChangeDecidesAndTheFirstOfEqualsIsNamed() throws ReleaseFailure {
        ReleaseVersion version = choose(changelog("### Fixed\n- A crash.\n\n### Added\n- Support for X.\n"
                + "- Support for Y.\n"));

        assertThat(version).isEqualTo(new ReleaseVersion(SemVer.of(1, 3, 0),
                "minor bump from 1.2.0: 'Added' entry at CHANGELOG.md:8 (Support for X.)"));
    }

    @Test
    void anEntryMarkedBreakingIsMajorWhateverItsGroup() throws ReleaseFailure {
        ReleaseVersion version = choose(changelog("### Added\n- Support for X.\n\n### Fixed\n"
                + "- BREAKING: the gate now fails on warnings, which the documentation always said it should do.\n"));

        assertThat(version).isEqualTo(new ReleaseVersion(SemVer.of(2, 0, 0), "major bump from 1.2.0: entry marked"
                + " BREAKING at CHANGELOG.md:8 (BREAKING: the gate now fails on warnings, which the docum...)"));
    }

    @Test
    void aMajorChangeBelowOneIsAMinorBump() throws ReleaseFailure {
        Changelog changelog = ChangelogParser.parse("## [Unreleased]\n### Removed\n- The old API.\n\n"
                + "## [0.3.1] - 2024-03-01\n### Added\n- X.\n");

        assertThat(DEFAULTS.choose(changelog, "0.3.2-SNAPSHOT", "")).isEqualTo(new ReleaseVersion(
                SemVer.of(0, 4, 0), "minor bump from 0.3.1, as a major change below 1.0.0: 'Removed' entry at"
                + " CHANGELOG.md:3 (The old API.)"));
    }

    @Test
    void theFirstReleaseBumpsFromZero() throws ReleaseFailure {
        Changelog changelog = ChangelogParser.parse("## [Unreleased]\n### Added\n- Everything.\n");

        assertThat(DEFAULTS.choose(changelog, "0.0.1-SNAPSHOT", null)).isEqualTo(new ReleaseVersion(
                SemVer.of(0, 1, 0), "minor bump from 0.0.0 (no release in CHANGELOG.md yet): 'Added' entry at"
                + " CHANGELOG.md:3 (Everything.)"));
    }

    @Test
    void theMappingIsConfigurableByGroupInAnyCase() throws ReleaseFailure {
        ReleaseVersionChooser chooser = new ReleaseVersionChooser(
                Map.of("changed", Bump.MAJOR, "Breaking changes", Bump.MAJOR), "CHANGELOG.md");

        assertThat(chooser.choose(changelog("### Changed\n- New defaults.\n"), "1.2.1-SNAPSHOT", null)).isEqualTo(
                new ReleaseVersion(SemVer.of(2, 0, 0),
                        "major bump from 1.2.0: 'Changed' entry at CHANGELOG.md:5 (New defaults.)"));
        assertThat(chooser.choose(changelog("### Breaking changes\n- No more X.\n"), "1.2.1-SNAPSHOT", null))
                .isEqualTo(new ReleaseVersion(SemVer.of(2, 0, 0),
                        "major bump from 1.2.0: 'Breaking changes' entry at CHANGELOG.md:5 (No more X.)"));
        assertThat(chooser.choose(changelog("### Fixed\n- A crash.\n"), "1.2.1-SNAPSHOT", null).version())
                .isEqualTo(SemVer.of(1, 2, 1));
    }

    @Test
    void aGroupThatIsNoChangeTypeFails() {
        assertThatThrownBy(() -> choose(changelog("### Fixes\n- A crash.\n")))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessage("Release step 'version': '### Fixes' at CHANGELOG.md:4 is not a change type, so its"
                        + " entries do not say how far they move the version. Fix: rename it to one of Added, Changed,"
                        + " Deprecated, Removed, Fixed, Security, map it to a bump in the release configuration, or"
                        + " give the version as -Ddevflow.release.version=X.Y.Z.");
    }

    @Test
    void anEntryUnderNoGroupFailsUnlessMarkedBreaking() throws ReleaseFailure {
        assertThatThrownBy(() -> choose(changelog("- A crash.\n")))
                .hasMessage("Release step 'version': the entry at CHANGELOG.md:4 is under no ### group, so it does"
                        + " not say how far it moves the version. Fix: put it under ### Added, Changed, Fixed, …, mark"
                        + " it BREAKING, or give the version as -Ddevflow.release.version=X.Y.Z.");
        assertThat(choose(changelog("- BREAKING: no more X.\n")).version()).isEqualTo(SemVer.of(2, 0, 0));
    }

    @Test
    void aProjectVersionAboveTheBumpWins() throws ReleaseFailure {
        Changelog changelog = changelog("### Fixed\n- A crash.\n");

        assertThat(DEFAULTS.choose(changelog, "1.3.0-SNAPSHOT", null)).isEqualTo(new ReleaseVersion(
                SemVer.of(1, 3, 0), "1.3.0 from the project version 1.3.0-SNAPSHOT, above 1.2.1 (patch bump from"
                + " 1.2.0: 'Fixed' entry at CHANGELOG.md:5 (A crash.))"));
    }

    @Test
    void aBumpAboveTheProjectVersionWins() throws ReleaseFailure {
        Changelog changelog = changelog("### Removed\n- The old API.\n");

        assertThat(DEFAULTS.choose(changelog, "1.3.0-SNAPSHOT", null).version()).isEqualTo(SemVer.of(2, 0, 0));
    }

    @Test
    void aProjectVersionThatIsNotSemVerFailsUnlessAVersionIsGiven() throws ReleaseFailure {
        Changelog changelog = changelog("### Fixed\n- A crash.\n");

        assertThatThrownBy(() -> DEFAULTS.choose(changelog, "1.0-SNAPSHOT", null))
                .hasMessage("Release step 'version': the project version '1.0-SNAPSHOT' is not a Semantic Versioning"
                        + " 2.0.0 version, so the release version cannot be compared with it. Fix: set the project"
                        + " version to MAJOR.MINOR.PATCH-SNAPSHOT (such as 1.0.0-SNAPSHOT), or give the release"
                        + " version as -Ddevflow.release.version=X.Y.Z.");
        assertThat(DEFAULTS.choose(changelog, "1.0-SNAPSHOT", "1.3.0").version()).isEqualTo(SemVer.of(1, 3, 0));
    }

    @Test
    void aPreReleaseIsCompletedWhenThatIsBumpEnough() throws ReleaseFailure {
        Changelog changelog = ChangelogParser.parse("## [Unreleased]\n### Fixed\n- A crash.\n\n"
                + "## [2.0.0-rc.1] - 2024-03-01\n### Removed\n- X.\n");

        assertThat(DEFAULTS.choose(changelog, "2.0.0-SNAPSHOT", null).version()).isEqualTo(SemVer.of(2, 0, 0));
        assertThat(Bump.MINOR.apply(SemVer.parse("1.3.0-rc.1").orElseThrow())).isEqualTo(SemVer.of(1, 3, 0));
        assertThat(Bump.MINOR.apply(SemVer.parse("1.3.1-rc.1").orElseThrow())).isEqualTo(SemVer.of(1, 4, 0));
        assertThat(Bump.MAJOR.apply(SemVer.parse("2.1.0-rc.1").orElseThrow())).isEqualTo(SemVer.of(3, 0, 0));
    }

    @Test
    void aGivenVersionIsTaken() throws ReleaseFailure {
        Changelog changelog = changelog("### Fixed\n- A crash.\n");

        ReleaseVersion version = DEFAULTS.choose(changelog, "1.2.1-SNAPSHOT", " 2.0.0-rc.1 ");

        assertThat(version).isEqualTo(new ReleaseVersion(SemVer.parse("2.0.0-rc.1").orElseThrow(),
                "given as devflow.release.version=2.0.0-rc.1"));
    }

    @Test
    void aGivenVersionThatIsNotSemVerFails() {
        Changelog changelog = changelog("### Fixed\n- A crash.\n");

        assertThatThrownBy(() -> DEFAULTS.choose(changelog, "1.2.1-SNAPSHOT", "v1.3"))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessage("Release step 'version': 'v1.3' given as devflow.release.version is not a Semantic"
                        + " Versioning 2.0.0 version. Fix: give MAJOR.MINOR.PATCH without 'v', such as 1.4.0 or"
                        + " 2.0.0-rc.1.");
        assertThatThrownBy(() -> DEFAULTS.choose(changelog, "1.2.1-SNAPSHOT", "1.3.0-SNAPSHOT"))
                .hasMessage("Release step 'version': '1.3.0-SNAPSHOT' given as devflow.release.version is a"
                        + " development version, not a release. Fix: give 1.3.0.");
    }

    @Test
    void aGivenVersionNotAboveTheLastReleaseFails() {
        Changelog changelog = changelog("### Fixed\n- A crash.\n");

        assertThatThrownBy(() -> DEFAULTS.choose(changelog, "1.2.1-SNAPSHOT", "1.2.0"))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessage("Release step 'version': 1.2.0 given as devflow.release.version is not greater than"
                        + " 1.2.0, the last release in CHANGELOG.md:7. Fix: give a version above 1.2.0, or leave"
                        + " devflow.release.version unset to derive it from [Unreleased].")
                .extracting(e -> ((ReleaseFailure) e).step()).isEqualTo(ReleaseStep.VERSION);
        assertThatThrownBy(() -> DEFAULTS.choose(changelog, "1.2.1-SNAPSHOT", "1.2.0-rc.1"))
                .hasMessageContaining("1.2.0-rc.1 given as devflow.release.version is not greater than 1.2.0");
    }

    /** The last release is the highest version, not the first heading: maintenance releases are listed by date. */
    @Test
    void theLastReleaseIsTheHighestVersion() throws ReleaseFailure {
        Changelog changelog = ChangelogParser.parse("## [Unreleased]\n### Fixed\n- A crash.\n\n"
                + "## [1.4.3] - 2024-05-01\n### Fixed\n- X.\n\n## [2.0.0] - 2024-04-01\n### Removed\n- Y.\n");

        assertThat(DEFAULTS.choose(changelog, "2.0.1-SNAPSHOT", null).version()).isEqualTo(SemVer.of(2, 0, 1));
        assertThatThrownBy(() -> DEFAULTS.choose(changelog, "2.0.1-SNAPSHOT", "1.5.0"))
                .hasMessageContaining("not greater than 2.0.0, the last release in CHANGELOG.md:9.");
    }

    @Test
    void anEmptyUnreleasedFails() {
        assertThatThrownBy(() -> choose(changelog("\n")))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessage("Release step 'version': '[Unreleased]' at CHANGELOG.md:3 is empty, so there is nothing"
                        + " to release. Fix: list what changed under ### Added, Changed, Fixed, … and run the release"
                        + " again.");
        assertThatThrownBy(() -> DEFAULTS.choose(changelog("\n"), "1.2.1-SNAPSHOT", "1.3.0"))
                .hasMessageContaining("is empty, so there is nothing to release.");
    }

    @Test
    void unreleasedWithTextButNoEntriesNeedsAGivenVersion() throws ReleaseFailure {
        Changelog changelog = changelog("A quiet release.\n");

        assertThatThrownBy(() -> choose(changelog))
                .hasMessage("Release step 'version': '[Unreleased]' at CHANGELOG.md:3 has text but no entries, so"
                        + " no change decides the version. Fix: write each change as '- …' under ### Added, Changed,"
                        + " Fixed, …, or give the version as -Ddevflow.release.version=X.Y.Z.");
        assertThat(DEFAULTS.choose(changelog, "1.2.1-SNAPSHOT", "1.2.1").version()).isEqualTo(SemVer.of(1, 2, 1));
    }

    @Test
    void noUnreleasedSectionFails() {
        assertThatThrownBy(() -> choose(ChangelogParser.parse("# Changelog\n\n## [1.0.0] - 2024-01-01\n- X.\n")))
                .hasMessage("Release step 'version': CHANGELOG.md has no '## [Unreleased]' section, so there is"
                        + " nothing to release. Fix: add '## [Unreleased]' above the first release and list the"
                        + " changes under it.");
    }

    @Test
    void theNextDevelopmentVersionIsTheNextPatchSnapshot() {
        assertThat(new ReleaseVersion(SemVer.of(1, 3, 0), "").nextDevelopmentVersion())
                .hasToString("1.3.1-SNAPSHOT");
        assertThat(new ReleaseVersion(SemVer.parse("2.0.0-rc.1").orElseThrow(), "").nextDevelopmentVersion())
                .hasToString("2.0.0-SNAPSHOT");
    }
}
