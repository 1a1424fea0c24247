package dev.devflow.baseline;

import dev.devflow.gate.GateInputException;
import dev.devflow.git.ChangedFiles;
import dev.devflow.git.GitProblem;
import dev.devflow.git.GitRepository;
import dev.devflow.git.MergeBase;
import dev.devflow.git.MissingHistory;
import dev.devflow.git.NotARepository;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * The new code of a change: the lines added or changed since the merge-base of HEAD and a base
 * ref ({@code origin/main}), the way a pull request shows them, plus everything not committed
 * yet, as {@link ChangedFiles} reads it (the changelog gate reads changes the same way).
 *
 * <p>What counts:
 * <ul>
 *   <li>The diff runs from the merge-base's tree to the <em>working tree</em>, so commits since
 *       the merge-base, staged and unstaged edits all count, and untracked files (not ignored
 *       ones) are new from the first line to the last. Line numbers are those of the file as it
 *       is on disk now, which is what the coverage report of this build describes.</li>
 *   <li>Renames are followed (git's similarity rule, 50% by default): a renamed or moved file
 *       brings only its edited lines. A rename from outside the source roots into them is
 *       followed too, because the whole repository is diffed before the roots filter it.</li>
 *   <li>Lines are compared ignoring trailing whitespace, and a carriage return is trailing
 *       whitespace ({@link RawTextComparator#WS_IGNORE_TRAILING}): a file converted from CRLF to
 *       LF, or a line that only lost trailing blanks, brings no new lines.</li>
 *   <li>A line diff cannot tell a moved block from a deleted and an added one: a method moved
 *       within its file counts as new. This errs towards asking for coverage.</li>
 *   <li>Deleted files, binary files, symbolic links, submodules and files outside the given
 *       source roots are not new code.</li>
 * </ul>
 */
public final class NewCode {

    /** The property users set; failures name it. */
    public static final String PARAMETER = "devflow.coverage.baseRef";

    private final String base;
    private final Map<Path, SortedSet<Integer>> files;

    private NewCode(String base, Map<Path, SortedSet<Integer>> files) {
        this.base = base;
        this.files = files;
    }

    /**
     * @param anyDirInRepo a folder inside the repository's work tree, such as the module's base
     * @param baseRef      what the change goes into: a branch, remote branch, tag or commit
     * @param sourceRoots  absolute source folders; only files under them are reported
     * @throws MissingMergeBase   when the merge-base is not in this clone (a shallow clone)
     * @throws GateInputException when there is no repository, no commit, or {@code baseRef}
     *                            names nothing here
     */
    public static NewCode since(Path anyDirInRepo, String baseRef, List<Path> sourceRoots) throws GateInputException {
        try (GitRepository git = open(anyDirInRepo, baseRef)) {
            MergeBase base = mergeBase(git, baseRef);
            try {
                return new NewCode(base.describe(), ChangedFiles.since(git, base).newLinesUnder(sourceRoots));
            } catch (GitProblem e) {
                throw GateInputException.ofParameter(PARAMETER, e.problem(), e.fix());
            }
        }
    }

    /** New lines of {@code file}, 1-based; empty when it has none or is not a source file here. */
    public Set<Integer> linesOf(Path file) {
        return files.getOrDefault(file.toAbsolutePath().normalize(), Collections.emptySortedSet());
    }

    /** Every file with at least one new line (absolute, under the source roots as given). */
    public Map<Path, SortedSet<Integer>> files() {
        return files;
    }

    /** What the lines are new against: {@code merge-base a1b2c3d of HEAD and origin/main}. */
    public String describeBase() {
        return base;
    }

    @Override
    public String toString() {
        return "new code since the " + base + ": " + files;
    }

    private static GitRepository open(Path directory, String baseRef) throws GateInputException {
        try {
            return GitRepository.open(directory);
        } catch (NotARepository e) {
            throw GateInputException.ofParameter(PARAMETER, directory + " is not inside a git repository, so there"
                    + " is no history to compare with " + baseRef + ".",
                    "build a git clone, or leave " + PARAMETER + " unset.");
        } catch (GitProblem e) {
            throw GateInputException.ofParameter(PARAMETER, e.problem(), e.fix());
        }
    }

    private static MergeBase mergeBase(GitRepository git, String baseRef) throws GateInputException {
        try {
            if (!git.hasCommit()) {
                throw GateInputException.ofParameter(PARAMETER, "the repository has no commit yet, so nothing"
                        + " can be new since " + baseRef + ".", "commit first, or leave " + PARAMETER + " unset.");
            }
            return git.mergeBase(baseRef);
        } catch (MissingHistory e) {
            if (e.shallow()) {
                throw new MissingMergeBase(PARAMETER, "the merge-base of HEAD and " + baseRef + " is not in this"
                        + " shallow clone, so the new code cannot be told from the old.", e.fix());
            }
            throw new MissingMergeBase(PARAMETER, "HEAD and " + baseRef + " have no common history, so there"
                    + " is no merge-base to compare with.", e.fix());
        } catch (GitProblem e) {
            throw GateInputException.ofParameter(PARAMETER, e.problem(), e.fix());
        }
    }
}
