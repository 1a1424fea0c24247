package dev.devflow.changelog;

import dev.devflow.gate.Finding;
import dev.devflow.gate.Location;
import dev.devflow.gate.Severity;
import dev.devflow.git.ChangedFiles;
import dev.devflow.git.GitProblem;
import dev.devflow.git.GitRepository;
import dev.devflow.git.MergeBase;

import java.util.List;
import java.util.Optional;

/**
 * "A change must say so": when the change since the merge-base with a ref touches the main
 * sources, the {@code [Unreleased]} section must have gained or changed an entry. What changed is
 * read as new-code coverage reads it ({@link ChangedFiles}: renames followed, the working tree
 * included), so the two gates agree on it.
 */
final class ChangeWithoutEntry {

    private static final int NAMED_FILES = 5;

    private ChangeWithoutEntry() {
    }

    static Optional<Finding> check(ChangelogSettings settings, Changelog current) throws GitProblem {
        try (GitRepository git = GitRepository.open(settings.file().toAbsolutePath().getParent())) {
            MergeBase base = git.mergeBase(settings.baseRef());
            List<String> changedSources = List.copyOf(ChangedFiles.since(git, base).pathsUnder(settings.sourceRoots()));
            if (changedSources.isEmpty()) {
                return Optional.empty();
            }
            List<String> before = git.fileAt(base, git.relativePath(settings.file())).map(ChangelogParser::parse)
                    .flatMap(Changelog::unreleased).map(ChangeWithoutEntry::entries).orElse(List.of());
            List<String> now = current.unreleased().map(ChangeWithoutEntry::entries).orElse(List.of());
            if (!now.isEmpty() && !now.equals(before)) {
                return Optional.empty();
            }
            int line = current.unreleased().map(Release::line).orElse(1);
            return Optional.of(new Finding("changelog.change-without-entry", Severity.ERROR, "the change since "
                    + settings.baseRef() + " touches " + describe(changedSources) + ", but adds no entry under"
                    + " [Unreleased]; say what changed for the project's users (### Added, Changed, Fixed, …).",
                    Location.ofLine(settings.displayPath(), line)));
        }
    }

    private static List<String> entries(Release unreleased) {
        return unreleased.entries().stream().map(Entry::text).toList();
    }

    private static String describe(List<String> files) {
        String named = String.join(", ", files.subList(0, Math.min(NAMED_FILES, files.size())));
        int more = files.size() - NAMED_FILES;
        return files.size() + (files.size() == 1 ? " main source file (" : " main source files (") + named
                + (more > 0 ? " and " + more + " more" : "") + ")";
    }
}
