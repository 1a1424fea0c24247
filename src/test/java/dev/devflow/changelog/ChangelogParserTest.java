package dev.devflow.changelog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChangelogParserTest {

    static final String VALID = """
            # Changelog

            All notable changes to this project will be documented in this file.

            ## [Unreleased]

            ### Added
            - Coverage gate.

            ## [1.1.0] - 2024-03-01

            ### Added
            - Lint gate, with a long entry
              that goes on.

            ### Fixed
            - A crash.

            ## [1.0.0] - 2024-01-15

            ### Added
            - First release.

            [unreleased]: https://github.com/acme/shop/compare/v1.1.0...HEAD
            [1.1.0]: https://github.com/acme/shop/compare/v1.0.0...v1.1.0
            [1.0.0]: https://github.com/acme/shop/releases/tag/v1.0.0
            """;

    @Test
    void readsEveryPartWithItsLine() {
        Changelog changelog = ChangelogParser.parse(VALID);

        assertThat(changelog.title()).isEqualTo("Changelog");
        assertThat(changelog.titleLine()).isEqualTo(1);
        assertThat(changelog.releases()).extracting(Release::name, Release::line, Release::dateText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Unreleased", 5, null),
                        org.assertj.core.groups.Tuple.tuple("1.1.0", 10, "2024-03-01"),
                        org.assertj.core.groups.Tuple.tuple("1.0.0", 19, "2024-01-15"));
        Release release = changelog.releases().get(1);
        assertThat(release.sections()).extracting(Section::name, Section::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Added", 12),
                        org.assertj.core.groups.Tuple.tuple("Fixed", 16));
        assertThat(release.sections().get(0).entries()).containsExactly(
                new Entry(13, 14, "Lint gate, with a long entry that goes on."));
        assertThat(changelog.links()).extracting(LinkReference::label, LinkReference::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("unreleased", 24),
                        org.assertj.core.groups.Tuple.tuple("1.1.0", 25),
                        org.assertj.core.groups.Tuple.tuple("1.0.0", 26));
    }

    @Test
    void givesBackTheSameBytes() {
        for (String text : List.of(VALID, VALID.replace("\n", "\r\n"), "\uFEFF" + VALID, VALID.strip(),
                "", "\n\n", "no changelog at all", "# T\r## [1.0.0] - 2024-01-01\r- x\r", "## [1.0.0]\n```\n## [9.9.9]\n```\n")) {
            assertThat(ChangelogParser.parse(text).text()).isEqualTo(text);
        }
    }

    @Test
    void readsCrlfLikeLf() {
        Changelog crlf = ChangelogParser.parse(VALID.replace("\n", "\r\n"));
        Changelog lf = ChangelogParser.parse(VALID);

        assertThat(crlf.releases()).isEqualTo(lf.releases());
        assertThat(crlf.links()).isEqualTo(lf.links());
    }

    @Test
    void readsTheToleratedHeadingForms() {
        Changelog changelog = ChangelogParser.parse("""
                ## Unreleased
                ## [v1.2.3] - 2024-01-01
                ## 1.2.2 - 2023-12-01
                ## [1.2.1](https://x/compare/v1.2.0...v1.2.1) - 2023-11-01
                ## [1.2.0] – 2023-10-01 [YANKED]
                ## Highlights
                """);

        assertThat(changelog.releases()).extracting(Release::name, Release::bracketed, Release::vPrefix,
                Release::separator, Release::yanked).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Unreleased", false, false, null, false),
                org.assertj.core.groups.Tuple.tuple("1.2.3", true, true, "-", false),
                org.assertj.core.groups.Tuple.tuple("1.2.2", false, false, "-", false),
                org.assertj.core.groups.Tuple.tuple("1.2.1", true, false, "-", false),
                org.assertj.core.groups.Tuple.tuple("1.2.0", true, false, "–", true));
        assertThat(changelog.releases().get(3).inlineUrl()).isEqualTo("https://x/compare/v1.2.0...v1.2.1");
        assertThat(changelog.otherHeadings()).extracting(Line::number).containsExactly(6);
    }

    @Test
    void ignoresHeadingsInCodeFences() {
        Changelog changelog = ChangelogParser.parse("## [1.0.0] - 2024-01-01\n- a\n```\n## [9.9.9]\n```\n");

        assertThat(changelog.releases()).extracting(Release::name).containsExactly("1.0.0");
    }

    @Test
    void closesAFenceOnlyWithItsOwnCharacterAndAtLeastItsLength() {
        Changelog changelog = ChangelogParser.parse("## [1.0.0] - 2024-01-01\n- a\n```\n~~~\n## [8.8.8]\n````x\n"
                + "## [9.9.9]\n````\n~~~~\n## [7.7.7]\n~~~\n~~~~~\n## [0.9.0] - 2023-01-01\n");

        assertThat(changelog.releases()).extracting(Release::name).containsExactly("1.0.0", "0.9.0");
    }
}
