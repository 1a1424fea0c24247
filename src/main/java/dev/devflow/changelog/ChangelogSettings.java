package dev.devflow.changelog;

import dev.devflow.version.SemVer;

import java.nio.file.Path;
import java.time.LocalDate;
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
 */
public record ChangelogSettings(Path file, String displayPath, LocalDate today, Set<String> disabledRules,
                                boolean strict, SemVer since, boolean requireUnreleasedEntries,
                                boolean failIfMissing) {

    public static final String DEFAULT_FILE = "CHANGELOG.md";

    public ChangelogSettings {
        disabledRules = Set.copyOf(disabledRules);
    }
}
