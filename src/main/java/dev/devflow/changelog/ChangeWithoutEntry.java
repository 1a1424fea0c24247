package dev.devflow.changelog;

import dev.devflow.gate.Finding;
import dev.devflow.gate.Location;
import dev.devflow.gate.Severity;
import dev.devflow.git.GitProblem;
import dev.devflow.git.GitRepository;
import org.eclipse.jgit.revwalk.RevCommit;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * "A change must say so": when the change since the merge-base with a ref touches the main
 * sources, the {@code [Unreleased]} section must have gained or changed an entry.
 */
final class ChangeWithoutEntry {

    private static final int NAMED_FILES = 5;

    private ChangeWithoutEntry() {
    }

    static Optional<Finding> check(ChangelogSettings settings, Changelog current) throws GitProblem {
        try (GitRepository git = GitRepository.open(settings.file().toAbsolutePath().getParent())) {
            if (git.isShallow()) {
                throw new GitProblem("the repository is a shallow clone, so the merge-base with " + settings.baseRef()
                        + " may be missing; fetch the full history (actions/checkout with fetch-depth: 0, or git"
                        + " fetch --unshallow).");
            }
            RevCommit base = git.mergeBase(settings.baseRef());
            Path workTree = git.workTree().toAbsolutePath();
            List<String> roots = settings.sourceRoots().stream()
                    .map(root -> workTree.relativize(root.toAbsolutePath()).toString().replace('\\', '/') + "/").toList();
            List<String> changedSources = git.changedSince(base).stream()
                    .filter(path -> roots.stream().anyMatch(path::startsWith)).toList();
            if (changedSources.isEmpty()) {
                return Optional.empty();
            }
            String changelogPath = workTree.relativize(settings.file().toAbsolutePath()).toString().replace('\\', '/');
            List<String> before = git.fileAt(base, changelogPath).map(ChangelogParser::parse)
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
