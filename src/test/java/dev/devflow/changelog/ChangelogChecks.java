package dev.devflow.changelog;

import dev.devflow.gate.Finding;
import dev.devflow.gate.GateInputException;
import dev.devflow.version.SemVer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the changelog rule tests share: a changelog checked by the validator, its findings as text. */
final class ChangelogChecks {

    private ChangelogChecks() {
    }


    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static ChangelogSettings settings(Set<String> disabled, boolean strict, String since, boolean entries) {
        return new ChangelogSettings(Path.of("CHANGELOG.md"), "CHANGELOG.md", TODAY, disabled, strict,
                since == null ? null : SemVer.parse(since).orElseThrow(), entries, true, null, List.of(), true);
    }

    /** Findings as {@code line severity rule: message}, the shape the tests compare whole. */
    static List<String> check(String text, ChangelogSettings settings) throws GateInputException {
        return new ChangelogValidator(settings).validate(ChangelogParser.parse(text)).stream()
                .map(ChangelogChecks::describe).toList();
    }

    static List<String> check(String text) throws GateInputException {
        return check(text, settings(Set.of(), false, null, false));
    }

    private static String describe(Finding f) {
        return f.location().line() + " " + f.severity() + " " + f.ruleId() + ": " + f.message();
    }

    static String releases(String body) {
        return "# Changelog\n\n## [Unreleased]\n\n" + body;
    }
}
