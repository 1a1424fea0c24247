package dev.devflow.changelog;

import dev.devflow.version.SemVer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the changelog gate checks and how strictly.
 *
 * @param file                     the changelog
 * @param displayPath              how the file is named in findings ({@code CHANGELOG.md})
 * @param today                    the date "not in the future" is judged by
 * @param disabledRules            rule ids switched off
 * @param strict                   every warning becomes an error
 * @param since                    releases older than this are not checked; null checks all
 * @param requireUnreleasedEntries {@code [Unreleased]} must have entries
 * @param failIfMissing            a missing file fails (true) or is "not applicable" (false)
 * @param baseRef                  with it, a change of the main sources since the merge-base
 *                                 with this ref must add an entry under [Unreleased]; null: off
 * @param sourceRoots              the main source roots that count as "a change"
 * @param failOnGitProblem         when git cannot answer, fail (true) or warn
 */
public record ChangelogSettings(Path file, String displayPath, LocalDate today, Set<String> disabledRules,
                                boolean strict, SemVer since, boolean requireUnreleasedEntries,
                                boolean failIfMissing, String baseRef, List<Path> sourceRoots,
                                boolean failOnGitProblem) {

    public static final String DEFAULT_FILE = "CHANGELOG.md";

    public ChangelogSettings {
        disabledRules = Set.copyOf(disabledRules);
        sourceRoots = List.copyOf(sourceRoots);
    }
}
