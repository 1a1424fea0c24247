package dev.devflow.baseline;

import dev.devflow.gate.GateInputException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The new code of a change: the lines added or changed since the merge-base of HEAD and a base
 * ref ({@code origin/main}), the way a pull request shows them, plus everything not committed
 * yet. Read with JGit, never the {@code git} command.
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

    static final int LISTED_REFS = 10;

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
        try (Repository repository = open(anyDirInRepo, baseRef)) {
            RevCommit base = mergeBase(repository, baseRef);
            String description = "merge-base " + base.abbreviate(7).name() + " of HEAD and " + baseRef;
            try {
                return new NewCode(description, newLines(repository, base, sourceRoots));
            } catch (IOException e) {
                throw GateInputException.ofParameter(PARAMETER, "the changes since the " + description
                        + " cannot be read: " + e.getMessage(), "check that the working tree is readable.");
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

    private static Repository open(Path directory, String baseRef) throws GateInputException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
                .findGitDir(directory.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw GateInputException.ofParameter(PARAMETER, directory + " is not inside a git repository, so there"
                    + " is no history to compare with " + baseRef + ".",
                    "build a git clone, or leave " + PARAMETER + " unset.");
        }
        try {
            Repository repository = builder.build();
            if (repository.isBare()) {
                repository.close();
                throw GateInputException.ofParameter(PARAMETER, builder.getGitDir() + " is a bare repository,"
                        + " which has no working tree to compare.", "build a clone with a working tree.");
            }
            return repository;
        } catch (IOException e) {
            throw GateInputException.ofParameter(PARAMETER, "the git repository at " + builder.getGitDir()
                    + " cannot be read: " + e.getMessage(), "check the .git folder.");
        }
    }

    private static RevCommit mergeBase(Repository repository, String baseRef) throws GateInputException {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve("HEAD");
            if (head == null) {
                throw GateInputException.ofParameter(PARAMETER, "the repository has no commit yet, so nothing"
                        + " can be new since " + baseRef + ".", "commit first, or leave " + PARAMETER + " unset.");
            }
            RevCommit other = resolveCommit(repository, walk, baseRef);
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(head));
            walk.markStart(other);
            RevCommit base = walk.next();
            if (base != null) {
                return base;
            }
            if (isShallow(repository)) {
                throw notInShallowClone(baseRef);
            }
            throw new MissingMergeBase(PARAMETER, "HEAD and " + baseRef + " have no common history, so there"
                    + " is no merge-base to compare with.", "name the branch this one was made from.");
        } catch (MissingObjectException e) {
            // history cut off without a shallow file (a partial copy): the same remedy
            throw notInShallowClone(baseRef);
        } catch (IOException e) {
            throw GateInputException.ofParameter(PARAMETER, "the history of HEAD and " + baseRef
                    + " cannot be read: " + e.getMessage(), "check the .git folder.");
        }
    }

    private static MissingMergeBase notInShallowClone(String baseRef) {
        return new MissingMergeBase(PARAMETER, "the merge-base of HEAD and " + baseRef + " is not in this"
                + " shallow clone, so the new code cannot be told from the old.",
                "fetch the full history (actions/checkout: fetch-depth: 0, or git fetch --unshallow).");
    }

    private static RevCommit resolveCommit(Repository repository, RevWalk walk, String baseRef)
            throws IOException, GateInputException {
        ObjectId id;
        try {
            id = repository.resolve(baseRef);
        } catch (RevisionSyntaxException e) {
            id = null; // not a name git could mean; an I/O error is not an unknown ref and goes up
        }
        if (id == null) {
            throw unknownRef(repository, baseRef, "is not a branch, tag or commit here");
        }
        try {
            return walk.parseCommit(id);
        } catch (IncorrectObjectTypeException e) {
            throw unknownRef(repository, baseRef, "names a " + describeType(repository, id) + ", not a commit");
        }
    }

    private static String describeType(Repository repository, ObjectId id) throws IOException {
        return switch (repository.open(id).getType()) {
            case Constants.OBJ_TREE -> "tree";
            case Constants.OBJ_BLOB -> "file";
            default -> "object";
        };
    }

    private static GateInputException unknownRef(Repository repository, String baseRef, String what)
            throws IOException {
        List<String> refs = new ArrayList<>();
        for (String prefix : List.of("refs/heads/", "refs/remotes/", "refs/tags/")) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(prefix)) {
                if (!(ref.isSymbolic() && prefix.equals("refs/remotes/"))) { // origin/HEAD repeats a branch
                    refs.add(Repository.shortenRefName(ref.getName()));
                }
            }
        }
        String existing;
        if (refs.isEmpty()) {
            existing = "there are no branches or tags here";
        } else {
            existing = "the refs here are " + String.join(", ", refs.subList(0, Math.min(LISTED_REFS, refs.size())))
                    + (refs.size() > LISTED_REFS ? " and " + (refs.size() - LISTED_REFS) + " more" : "");
        }
        return GateInputException.ofParameter(PARAMETER, "'" + baseRef + "' " + what + "; " + existing + ".",
                "fetch it first (git fetch origin, or actions/checkout: fetch-depth: 0) or name an existing ref.");
    }

    private static boolean isShallow(Repository repository) throws IOException {
        return !repository.getObjectDatabase().getShallowCommits().isEmpty()
                || Files.exists(repository.getCommonDirectory().toPath().resolve("shallow"));
    }

    private static Map<Path, SortedSet<Integer>> newLines(Repository repository, RevCommit base,
            List<Path> sourceRoots) throws IOException {
        Set<String> changed = changedPaths(repository, base);
        Map<Path, SortedSet<Integer>> files = new TreeMap<>();
        if (changed.isEmpty()) {
            return Collections.unmodifiableMap(files);
        }
        Path workTree = repository.getWorkTree().toPath().toRealPath();
        List<SourceRoot> roots = sourceRoots.stream().map(SourceRoot::of).toList();
        try (ObjectReader reader = repository.newObjectReader();
                DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repository);
            diff.setDiffComparator(RawTextComparator.WS_IGNORE_TRAILING);
            diff.setDetectRenames(true);
            diff.setPathFilter(PathFilterGroup.createFromStrings(changed));
            List<DiffEntry> entries = diff.scan(new CanonicalTreeParser(null, reader, base.getTree()),
                    new FileTreeIterator(repository));
            for (DiffEntry entry : entries) {
                if (entry.getChangeType() == DiffEntry.ChangeType.DELETE || !isFile(entry.getNewMode())) {
                    continue;
                }
                Path file = workTree.resolve(entry.getNewPath()).normalize();
                Path key = roots.stream().map(root -> root.keyFor(file)).filter(Objects::nonNull).findFirst().orElse(null);
                if (key == null) {
                    continue;
                }
                SortedSet<Integer> lines = new TreeSet<>();
                for (Edit edit : diff.toFileHeader(entry).toEditList()) {
                    for (int line = edit.getBeginB(); line < edit.getEndB(); line++) {
                        lines.add(line + 1);
                    }
                }
                if (!lines.isEmpty()) {
                    files.put(key, Collections.unmodifiableSortedSet(lines));
                }
            }
        }
        return Collections.unmodifiableMap(files);
    }

    private static boolean isFile(FileMode mode) {
        return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
    }

    /**
     * Paths (old and new) whose content differs between {@code base} and the working tree,
     * found the way {@code git status} does: the index vouches for files whose size and time
     * did not change, so only touched files are read, and ignored folders are not entered.
     * The diff then looks at these paths alone.
     */
    private static Set<String> changedPaths(Repository repository, RevCommit base) throws IOException {
        Set<String> paths = new TreeSet<>();
        try (ObjectReader reader = repository.newObjectReader(); TreeWalk walk = new TreeWalk(repository, reader)) {
            int baseTree = walk.addTree(new CanonicalTreeParser(null, reader, base.getTree()));
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
