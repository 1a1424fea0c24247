package dev.devflow.version;

import dev.devflow.changelog.ChangelogParser;
import dev.devflow.gate.Finding;
import dev.devflow.gate.GateInputException;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.GateStatus;
import dev.devflow.gate.Location;
import dev.devflow.version.VersionSettings.ModuleVersion;
import dev.devflow.version.VersionSettings.SnapshotReference;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionGateTest {

    private static final Location POM = Location.ofLine("pom.xml", 7);
    private static final String CHANGELOG = """
            # Changelog
            ## [Unreleased]
            ## [1.3.0] - 2026-01-10
            ### Added
            - a
            """;

    private static VersionSettings settings(String version, List<String> tags, List<ModuleVersion> modules,
                                            List<SnapshotReference> snapshots) {
        return new VersionSettings(version, POM, modules, false, ChangelogParser.parse(CHANGELOG), tags,
                tags == null ? "/x is not inside a git repository." : null, true, "v{version}", snapshots);
    }

    private static List<String> messages(VersionSettings settings) throws GateInputException {
        GateResult result = new VersionGate(settings).evaluate();
        return result.findings().stream().map(Finding::describe).toList();
    }

    @Test
    void aNextSnapshotPasses() throws Exception {
        GateResult result = new VersionGate(settings("1.4.0-SNAPSHOT", List.of("v1.3.0", "v1.2.0"), List.of(),
                List.of())).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
        assertThat(result.headline()).isEqualTo("version 1.4.0-SNAPSHOT, 0 problems");
    }

    @Test
    void failsOnANonSemverVersion() throws Exception {
        assertThat(messages(settings("1.4", List.of(), List.of(), List.of()))).containsExactly(
                "pom.xml:7  version '1.4' is not Semantic Versioning 2.0.0 (MAJOR.MINOR.PATCH, optionally -SNAPSHOT);"
                        + " write it as, for example, 1.4.0-SNAPSHOT.");
    }

    @Test
    void failsBehindTheLatestTagOrOnASnapshotOfTheLatestRelease() throws Exception {
        assertThat(messages(settings("1.4.0-SNAPSHOT", List.of("v1.5.0", "other"), List.of(), List.of())))
                .containsExactly("pom.xml:7  version 1.4.0-SNAPSHOT is behind the latest tag v1.5.0, 1.5.0; set the"
                        + " version to 1.5.1-SNAPSHOT, the next after 1.5.0 (or a higher one).");
        assertThat(messages(settings("1.3.0-SNAPSHOT", List.of(), List.of(), List.of()))).containsExactly(
                "pom.xml:7  version 1.3.0-SNAPSHOT is a SNAPSHOT of the latest release in the changelog, 1.3.0; set"
                        + " the version to 1.3.1-SNAPSHOT, the next after 1.3.0 (or a higher one).");
    }

    @Test
    void failsOnModulesWithAnotherVersion() throws Exception {
        assertThat(messages(settings("1.4.0-SNAPSHOT", List.of(), List.of(
                new ModuleVersion("core", "1.4.0-SNAPSHOT", Location.ofLine("core/pom.xml", 5)),
                new ModuleVersion("app", "1.3.9-SNAPSHOT", Location.ofLine("app/pom.xml", 9))), List.of())))
                .containsExactly("app/pom.xml:9  module app has version 1.3.9-SNAPSHOT, but the project is"
                        + " 1.4.0-SNAPSHOT; give every module the same version (or set"
                        + " devflow.version.independentModules).");
    }

    @Test
    void aReleaseNeedsItsDatedChangelogSectionAndNoSnapshots() throws Exception {
        assertThat(messages(settings("1.4.0", List.of(), List.of(), List.of(
                new SnapshotReference("dependency com.acme:lib:2.0-SNAPSHOT", Location.ofLine("pom.xml", 30))))))
                .containsExactly(
                        "pom.xml:7  release 1.4.0 has no section in the changelog; add '## [1.4.0] - YYYY-MM-DD'"
                                + " (devflow:release does it).",
                        "pom.xml:30  release 1.4.0 depends on dependency com.acme:lib:2.0-SNAPSHOT; a release must not"
                                + " depend on SNAPSHOTs: use a released version.");
        assertThat(messages(settings("1.3.0", List.of("v1.3.0"), List.of(), List.of()))).isEmpty();
    }

    @Test
    void withoutGitFailsOrWarnsAsTold() throws Exception {
        assertThat(messages(settings("1.4.0-SNAPSHOT", null, List.of(), List.of()))).containsExactly(
                "the tags could not be compared: /x is not inside a git repository. Set"
                        + " devflow.version.failOnGitProblem=false to only warn.");
        VersionSettings warn = new VersionSettings("1.4.0-SNAPSHOT", POM, List.of(), false, null, null, "no git.",
                false, "v{version}", List.of());
        assertThat(new VersionGate(warn).evaluate().status()).isEqualTo(GateStatus.WARNED);
    }

    @Test
    void tagPatternsNeedTheVersionPlaceholder() throws Exception {
        assertThat(VersionGate.tagRegex("release-{version}-final").matcher("release-1.2.0-final").matches()).isTrue();
        assertThatThrownBy(() -> VersionGate.tagRegex("v")).hasMessageStartingWith("parameter tagPattern: 'v' has no {version}.");
    }
}
