package dev.devflow.release;

import dev.devflow.changelog.Changelog;
import dev.devflow.changelog.Line;
import dev.devflow.changelog.Release;
import dev.devflow.changelog.ChangelogEditException;
import dev.devflow.changelog.ChangelogParser;
import dev.devflow.changelog.ChangelogRoll;
import dev.devflow.changelog.ReleaseNotes;
import dev.devflow.changelog.RolledChangelog;
import dev.devflow.changelog.ChangelogSettings;
import dev.devflow.changelog.ChangelogValidator;
import dev.devflow.gate.GateInputException;
import dev.devflow.version.SemVer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole plan (version, roll, notes) over the five real changelogs of {@code RealChangelogsTest}:
 * the rolled file keeps every old line but the {@code [Unreleased]} link, the notes of the new
 * release are what {@code [Unreleased]} said, and the validator finds nothing new but what the
 * file's own habits bring, and nothing lost but what the roll mended.
 */
class ChangelogRollRealChangelogsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final ReleaseVersionChooser CHOOSER = new ReleaseVersionChooser(Map.of(), "CHANGELOG.md");

    private static String read(String file) throws IOException {
        try (InputStream in = ChangelogRollRealChangelogsTest.class.getResourceAsStream("/changelogs/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The file with a fix under an empty [Unreleased], as a project has it on release day. */
    private static Changelog withAFix(String text) {
        Changelog changelog = ChangelogParser.parse(text);
        Release unreleased = changelog.unreleased().orElseThrow();
        if (!unreleased.isEmpty()) {
            return changelog;
        }
        StringBuilder edited = new StringBuilder();
        for (Line line : changelog.lines()) {
            edited.append(line.raw());
            if (line.number() == unreleased.line()) {
                String end = line.terminator();
                edited.append(end).append("### Fixed").append(end).append("- A crash.").append(end);
            }
        }
        return ChangelogParser.parse(edited.toString());
    }

    /** Findings without line numbers, which the roll moves. */
    private static List<String> findings(String text) throws GateInputException {
        ChangelogSettings settings = new ChangelogSettings(Path.of("CHANGELOG.md"), "CHANGELOG.md", TODAY, Set.of(),
                false, null, false, true, null, List.of(), true);
        return new ChangelogValidator(settings).validate(ChangelogParser.parse(text)).stream()
                .map(f -> f.severity() + " " + f.ruleId() + ": " + f.message().replaceAll("line \\d+", "line N"))
                .toList();
    }

    private static List<String> minus(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        b.forEach(rest::remove);
        return rest;
    }

    /** Releases the file, checks what must hold for every file, and gives the version and rolled text. */
    private static RolledChangelog release(String file, String expectedVersion, int addedLines,
                                           List<String> newFindings, List<String> mendedFindings) throws Exception {
        Changelog before = withAFix(read(file));
        SemVer last = before.versions().get(0).version().orElseThrow();
        ReleaseVersion version = CHOOSER.choose(before, last.nextPatch().asSnapshot().toString(), null);
        assertThat(version.version()).hasToString(expectedVersion);

        RolledChangelog rolled = new ChangelogRoll("v").roll(before, version.version(), TODAY);
        Changelog after = ChangelogParser.parse(rolled.text());

        assertThat(after.releases().get(0).unreleased()).isTrue();
        assertThat(after.releases().get(0).isEmpty()).isTrue();
        assertThat(after.releases().get(1).version()).contains(version.version());
        assertThat(after.releases().get(1).date()).contains(TODAY);
        assertThat(ReleaseNotes.of(after, version.version())).isEqualTo(ReleaseNotes.ofUnreleased(before));
        assertThat(after.lines()).hasSize(before.lines().size() + addedLines);
        List<String> kept = before.lines().stream().map(Line::raw).toList();
        List<String> unreleasedLink = before.link(before.unreleased().orElseThrow().linkLabel())
                .map(l -> before.lines().get(l.line() - 1).raw()).stream().toList();
        assertThat(after.lines().stream().map(Line::raw).toList())
                .containsSubsequence(minus(kept, unreleasedLink));
        assertThat(minus(findings(rolled.text()), findings(before.text()))).isEqualTo(newFindings);
        assertThat(minus(findings(before.text()), findings(rolled.text()))).isEqualTo(mendedFindings);
        return rolled;
    }

    @Test
    void keepAChangelog() throws Exception {
        RolledChangelog rolled = release("olivierlacan-keep-a-changelog.md", "2.0.1", 3, List.of(), List.of());

        assertThat(rolled.text()).contains("## [Unreleased]\n\n## [2.0.1] - 2026-11-25\n\n### Fixed\n- A crash.\n",
                "[unreleased]: https://github.com/olivierlacan/keep-a-changelog/compare/v2.0.1...HEAD\n"
                        + "[2.0.1]: https://github.com/olivierlacan/keep-a-changelog/compare/v2.0.0...v2.0.1\n"
                        + "[2.0.0]: https://github.com/olivierlacan/keep-a-changelog/compare/v1.1.2...v2.0.0\n");
    }

    /** Headings with 'v' keep it, so the new one has the warning every heading of the file has. */
    @Test
    void jsonrpsee() throws Exception {
        RolledChangelog rolled = release("paritytech-jsonrpsee.md", "0.27.0", 2,
                List.of("WARNING changelog.version: write the version without 'v': [0.27.0]."), List.of());

        assertThat(rolled.text()).contains("## [Unreleased]\n\n## [v0.27.0] - 2026-11-25\n\n### [Added]\n");
        assertThat(rolled.changes()).last().isEqualTo("no [Unreleased] link reference, so no link was added.");
    }

    /** Tags without 'v', a full-reference [Unreleased] heading. */
    @Test
    void commonmark() throws Exception {
        RolledChangelog rolled = release("thephpleague-commonmark.md", "2.10.1", 3, List.of(), List.of());

        assertThat(rolled.text()).contains("## [Unreleased][unreleased]\n\n## [2.10.1] - 2026-11-25\n\n### Fixed\n",
                "[unreleased]: https://github.com/thephpleague/commonmark/compare/2.10.1...HEAD\n"
                        + "[2.10.1]: https://github.com/thephpleague/commonmark/compare/2.10.0...2.10.1\n");
    }

    /** The [Unreleased] link left on the release before is mended; no final line end, as before. */
    @Test
    void stupidalloc() throws Exception {
        RolledChangelog rolled = release("shadyfennec-stupidalloc.md", "0.2.3", 3, List.of(), List.of(
                "ERROR changelog.compare-links: [Unreleased] compares v0.2.1..HEAD, but should compare"
                        + " v0.2.2...HEAD."));

        assertThat(rolled.text()).contains(
                "[Unreleased]: https://github.com/shadyfennec/stupidalloc/compare/v0.2.3...HEAD\n"
                        + "[0.2.3]: https://github.com/shadyfennec/stupidalloc/compare/v0.2.2...v0.2.3\n"
                        + "[0.2.1]: https://github.com/shadyfennec/stupidalloc/compare/v0.2.0..v0.2.1\n")
                .endsWith("releases/tag/v0.1.0");
    }

    /** '## master' instead of [Unreleased]: nothing to release, said before anything is edited. */
    @Test
    void deriveMore() throws Exception {
        Changelog changelog = ChangelogParser.parse(read("JelteF-derive_more.md"));

        assertThatThrownBy(() -> CHOOSER.choose(changelog, "2.1.2-SNAPSHOT", null))
                .hasMessageStartingWith("Release step 'version': CHANGELOG.md has no '## [Unreleased]' section");
        assertThatThrownBy(() -> new ChangelogRoll("v").roll(changelog, SemVer.of(2, 1, 2), TODAY))
                .hasMessageStartingWith("the changelog has no '## [Unreleased]' section");
    }
}
