package dev.devflow.changelog;

import dev.devflow.gate.Finding;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.GateStatus;
import dev.devflow.testing.GitFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ChangelogGateTest {

    @TempDir
    Path dir;

    private ChangelogSettings settings(String baseRef, boolean failIfMissing) {
        return new ChangelogSettings(dir.resolve("CHANGELOG.md"), "CHANGELOG.md", LocalDate.of(2026, 11, 25),
                Set.of(), false, null, false, failIfMissing, baseRef, List.of(dir.resolve("src/main/java")), true);
    }

    private List<String> findings(ChangelogSettings settings) throws Exception {
        return new ChangelogGate(settings).evaluate().findings().stream().map(Finding::describe).toList();
    }

    @Test
    void passesAValidChangelogAndCountsWhatItRead() throws Exception {
        Files.writeString(dir.resolve("CHANGELOG.md"), ChangelogParserTest.VALID);

        GateResult result = new ChangelogGate(settings(null, true)).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
        assertThat(result.headline()).isEqualTo("changelog 0 problems");
        assertThat(result.details()).containsEntry("latestRelease", "1.1.0").containsEntry("unreleasedEntries", 1);
    }

    @Test
    void aMissingChangelogFailsOrIsNotApplicable() throws Exception {
        assertThat(findings(settings(null, true))).containsExactly("CHANGELOG.md  there is no changelog at "
                + dir.resolve("CHANGELOG.md") + "; create it (Keep a Changelog 1.1.0) or point devflow.changelog.file at it.");
        assertThat(new ChangelogGate(settings(null, false)).evaluate().status()).isEqualTo(GateStatus.NOT_APPLICABLE);
    }

    @Test
    void unreadableFilesAreFindingsNotCrashes() throws Exception {
        Path file = dir.resolve("CHANGELOG.md");
        Files.writeString(file, "");
        assertThat(findings(settings(null, true))).first().isEqualTo(
                "CHANGELOG.md  the changelog is empty; start it with '# Changelog' and '## [Unreleased]'.");
        Files.write(file, new byte[] {'#', ' ', 'C', '\n', 0, 1, 2});
        assertThat(findings(settings(null, true))).containsExactly(
                "CHANGELOG.md:2  the file is binary (a NUL byte), not Markdown.");
        Files.writeString(file, "# Changelog\n", StandardCharsets.UTF_16);
        assertThat(findings(settings(null, true))).containsExactly("CHANGELOG.md:1  the file is UTF-16; save it as UTF-8.");
        Files.write(file, "# Changelog\n## [Unreleased]\n- caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(findings(settings(null, true))).containsExactly(
                "CHANGELOG.md:3  the line is not UTF-8 text; save the file as UTF-8.");
    }

    @Test
    void aChangelogAnotherModuleChecksIsReportedThereOnlyButItsOwnChangeStillCounts() throws Exception {
        String changelog = "# Changelog\n\n## [Unreleased]\n\n### Bug Fixes\n- x\n\n## [1.0.0] - 2026-01-01\n### Added\n- a\n";
        try (GitFixture git = GitFixture.init(dir)) {
            git.write("CHANGELOG.md", changelog).write("src/main/java/A.java", "class A {}\n").commit("one");
            git.branch("feature").write("src/main/java/A.java", "class A { int x; }\n").commit("change");

            // the module that owns the file reports its problem
            assertThat(findings(settings(null, true))).singleElement().asString().contains("'### Bug Fixes' is not a change type");
            // a module that reads it but does not own it reports none of the file's problems ...
            GateResult reader = new ChangelogGate(settings(null, true), "root").evaluate();
            assertThat(reader.findings()).isEmpty();
            assertThat(reader.status()).isEqualTo(GateStatus.PASSED);
            assertThat(reader.details()).containsEntry("checkedIn", "root");
            // ... but its own sources changed without an entry still fail it
            assertThat(new ChangelogGate(settings("main", true), "root").evaluate().findings())
                    .extracting(Finding::ruleId).containsExactly("changelog.change-without-entry");
        }
    }

    @Test
    void aSourceChangeWithoutAnUnreleasedEntryFails() throws Exception {
        String changelog = "# Changelog\n\n## [Unreleased]\n\n## [1.0.0] - 2026-01-01\n### Added\n- a\n";
        try (GitFixture git = GitFixture.init(dir)) {
            git.write("CHANGELOG.md", changelog).write("src/main/java/A.java", "class A {}\n").commit("one");
            git.branch("feature").write("src/main/java/A.java", "class A { int x; }\n").write("README.md", "x\n")
                    .commit("change");

            assertThat(findings(settings("main", true))).containsExactly("CHANGELOG.md:3  the change since main touches"
                    + " 1 main source file (src/main/java/A.java), but adds no entry under [Unreleased]; say what"
                    + " changed for the project's users (### Added, Changed, Fixed, …).");

            git.write("CHANGELOG.md", changelog.replace("## [Unreleased]\n", "## [Unreleased]\n### Fixed\n- x\n"));
            assertThat(findings(settings("main", true))).isEmpty();
        }
    }

    @Test
    void saysWhenTheGitCheckCannotRun() throws Exception {
        try (GitFixture git = GitFixture.init(dir)) {
            git.write("CHANGELOG.md", ChangelogParserTest.VALID).commit("one");

            assertThat(findings(settings("origin/main", true))).containsExactly("CHANGELOG.md  the change-without-entry"
                    + " check could not run: 'origin/main' is not a branch, tag or commit here; the refs here are"
                    + " main. Fetch it first (git fetch origin, or actions/checkout: fetch-depth: 0) or name an"
                    + " existing ref. Set devflow.changelog.failOnGitProblem=false to only warn.");
        }
    }
}
