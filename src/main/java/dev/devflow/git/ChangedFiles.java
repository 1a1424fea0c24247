package dev.devflow.git;

import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What changed since a merge-base, the one way every gate sees it (the changelog's "a change must
 * say so" and new-code coverage): the merge-base's tree against the <em>working tree</em>, so
 * commits since, staged and unstaged edits and untracked files (not ignored ones) all count.
 * <ul>
 *   <li>Renames are followed (git's similarity rule, 50% by default): a renamed or moved file is a
 *       changed file at its new path, and brings only its edited lines. A rename from outside
 *       the source roots into them is followed too: the whole repository is diffed before the
 *       roots filter it.</li>
 *   <li>Lines are compared ignoring trailing whitespace, a carriage return included
 *       ({@link RawTextComparator#WS_IGNORE_TRAILING}): a file converted from CRLF to LF, or a
 *       line that only lost trailing blanks, is not a change.</li>
 *   <li>Deleted files, binary files, symbolic links and submodules are not changed files.</li>
 * </ul>
 */
public final class ChangedFiles {

    private final Repository repository;
    private final MergeBase base;
    private final Set<String> touched;

    private ChangedFiles(Repository repository, MergeBase base, Set<String> touched) {
        this.repository = repository;
        this.base = base;
        this.touched = touched;
    }

    /** The changes in {@code git}'s working tree since {@code base}; read while {@code git} is open. */
    public static ChangedFiles since(GitRepository git, MergeBase base) throws GitProblem {
        try {
            return new ChangedFiles(git.repository(), base, touchedPaths(git.repository(), base));
        } catch (IOException e) {
            throw new GitProblem("the changes since the " + base.describe() + " cannot be read: " + e.getMessage(),
                    "check that the working tree is readable.", e);
        }
    }

    /** Changed files under the roots, relative to the work tree with {@code /}, sorted. */
    public SortedSet<String> pathsUnder(List<Path> roots) throws GitProblem {
        SortedSet<String> paths = new TreeSet<>();
        scan(roots, (entry, key, diff) -> paths.add(entry.getNewPath()));
        return Collections.unmodifiableSortedSet(paths);
    }

    /**
     * New and changed lines (1-based, as the file is on disk now) of the files under the roots
     * that have any, keyed by the file's path as the roots name it.
     */
    public Map<Path, SortedSet<Integer>> newLinesUnder(List<Path> roots) throws GitProblem {
        Map<Path, SortedSet<Integer>> files = new TreeMap<>();
        scan(roots, (entry, key, diff) -> {
            SortedSet<Integer> lines = new TreeSet<>();
            for (Edit edit : diff.toFileHeader(entry).toEditList()) {
                for (int line = edit.getBeginB(); line < edit.getEndB(); line++) {
                    lines.add(line + 1);
                }
            }
            if (!lines.isEmpty()) {
                files.put(key, Collections.unmodifiableSortedSet(lines));
            }
        });
        return Collections.unmodifiableMap(files);
    }

    private interface ChangedFile {
        void accept(DiffEntry entry, Path key, DiffFormatter diff) throws IOException;
    }

    /** Each changed file under the roots, renames followed, with the formatter that found it. */
    private void scan(List<Path> sourceRoots, ChangedFile each) throws GitProblem {
        if (touched.isEmpty()) {
            return;
        }
        try (ObjectReader reader = repository.newObjectReader();
                DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            Path workTree = repository.getWorkTree().toPath().toRealPath();
            List<SourceRoot> roots = sourceRoots.stream().map(SourceRoot::of).toList();
            diff.setRepository(repository);
            diff.setDiffComparator(RawTextComparator.WS_IGNORE_TRAILING);
            diff.setDetectRenames(true);
            diff.setPathFilter(PathFilterGroup.createFromStrings(touched));
            List<DiffEntry> entries = diff.scan(new CanonicalTreeParser(null, reader, base.commit().getTree()),
                    new FileTreeIterator(repository));
            for (DiffEntry entry : entries) {
                if (entry.getChangeType() == DiffEntry.ChangeType.DELETE || !isFile(entry.getNewMode())) {
                    continue;
                }
                Path file = workTree.resolve(entry.getNewPath()).normalize();
                Path key = roots.stream().map(root -> root.keyFor(file)).filter(Objects::nonNull).findFirst().orElse(null);
                if (key != null) {
                    each.accept(entry, key, diff);
                }
            }
        } catch (IOException e) {
            throw new GitProblem("the changes since the " + base.describe() + " cannot be read: " + e.getMessage(),
                    "check that the working tree is readable.", e);
        }
    }

    private static boolean isFile(FileMode mode) {
        return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
    }

    /**
     * Paths (old and new) whose content differs between the base and the working tree, found the
     * way {@code git status} does: the index vouches for files whose size and time did not
     * change, so only touched files are read, and ignored folders are not entered. The diff then
     * looks at these paths alone.
     */
    private static Set<String> touchedPaths(Repository repository, MergeBase base) throws IOException {
        Set<String> paths = new TreeSet<>();
        try (ObjectReader reader = repository.newObjectReader(); TreeWalk walk = new TreeWalk(repository, reader)) {
            int baseTree = walk.addTree(new CanonicalTreeParser(null, reader, base.commit().getTree()));
            int index = walk.addTree(new DirCacheIterator(repository.readDirCache()));
            FileTreeIterator files = new FileTreeIterator(repository);
            int work = walk.addTree(files);
            files.setDirCacheIterator(walk, index);
            walk.setRecursive(true);
            walk.setFilter(new SkipUntrackedIgnored(index, work));
            while (walk.next()) {
                WorkingTreeIterator onDisk = walk.getTree(work, WorkingTreeIterator.class);
                boolean inBase = !walk.getFileMode(baseTree).equals(FileMode.MISSING);
                if (onDisk == null) {
                    if (inBase) {
                        paths.add(walk.getPathString()); // deleted: the old side of a rename
                    }
                } else if (!inBase || !onDisk.getEntryObjectId().equals(walk.getObjectId(baseTree))) {
                    paths.add(walk.getPathString());
                }
            }
        }
        return paths;
    }

    /** Leaves out what git ignores and does not track ({@code target/}), without entering it. */
    private static final class SkipUntrackedIgnored extends TreeFilter {

        private final int index;
        private final int work;

        SkipUntrackedIgnored(int index, int work) {
            this.index = index;
            this.work = work;
        }

        @Override
        public boolean include(TreeWalk walk) throws IOException {
            WorkingTreeIterator onDisk = walk.getTree(work, WorkingTreeIterator.class);
            return onDisk == null || walk.getTree(index, DirCacheIterator.class) != null || !onDisk.isEntryIgnored();
        }

        @Override
        public boolean shouldBeRecursive() {
            return false;
        }

        @Override
        public TreeFilter clone() {
            return this;
        }
    }

    /** A source root as the caller named it and as the file system resolves it (symbolic links). */
    private record SourceRoot(Path given, Path real) {

        static SourceRoot of(Path root) {
            Path given = root.toAbsolutePath().normalize();
            try {
                return new SourceRoot(given, given.toRealPath());
            } catch (IOException e) {
                return new SourceRoot(given, given);
            }
        }

        /** {@code file} (a real path) as the caller names it, or null when it is not under this root. */
        Path keyFor(Path file) {
            return file.startsWith(real) ? given.resolve(real.relativize(file)) : null;
        }
    }
}
