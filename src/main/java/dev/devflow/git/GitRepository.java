package dev.devflow.git;

import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one way devflow reads a git repository, with JGit (never the {@code git} command): open
 * it, tell a shallow clone, find the merge-base with a ref, read tags and a file at a commit.
 * What changed since a merge-base is {@link ChangedFiles}. The release's writing side (commit,
 * tag, push, rollback) stays in the release package.
 */
public final class GitRepository implements AutoCloseable {

    /** How many existing refs a message about an unknown one lists. */
    static final int LISTED_REFS = 10;

    private final Repository repository;

    private GitRepository(Repository repository) {
        this.repository = repository;
    }

    /**
     * The repository that holds {@code directory}, searching upwards, with a working tree.
     *
     * @throws NotARepository when no repository holds it
     * @throws GitProblem     when it is bare or cannot be read
     */
    public static GitRepository open(Path directory) throws GitProblem {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
                .findGitDir(directory.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw new NotARepository(directory);
        }
        Repository repository;
        try {
            repository = builder.build();
        } catch (IOException e) {
            throw new GitProblem("the git repository at " + builder.getGitDir() + " cannot be read: " + e.getMessage(),
                    "check the .git folder.", e);
        }
        if (repository.isBare()) {
            repository.close();
            throw new GitProblem(builder.getGitDir() + " is a bare repository, which has no working tree to compare.",
                    "build a clone with a working tree.", null);
        }
        return new GitRepository(repository);
    }

    public Path workTree() {
        return repository.getWorkTree().toPath();
    }

    /** {@code file} relative to the work tree, with {@code /}. */
    public String relativePath(Path file) {
        return workTree().toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
    }

    /** Whether HEAD has a commit (a new repository has none). */
    public boolean hasCommit() throws GitProblem {
        try {
            return repository.resolve(Constants.HEAD) != null;
        } catch (IOException e) {
            throw new GitProblem("HEAD cannot be read: " + e.getMessage(), "check the .git folder.", e);
        }
    }

    public boolean isShallow() throws GitProblem {
        try {
            return isShallow(repository);
        } catch (IOException e) {
            throw new GitProblem("the shallow commits cannot be read: " + e.getMessage(), "check the .git folder.", e);
        }
    }

    /**
     * The one rule for a shallow clone: JGit's list of cut-off commits, or git's {@code shallow}
     * file in the <em>common</em> directory, where git keeps it for every linked worktree
     * ({@code git worktree add}) too; a worktree's own git directory has none.
     */
    public static boolean isShallow(Repository repository) throws IOException {
        return !repository.getObjectDatabase().getShallowCommits().isEmpty()
                || Files.exists(repository.getCommonDirectory().toPath().resolve("shallow"));
    }

    /** Names of every tag ({@code v1.2.0}). */
    public List<String> tagNames() throws GitProblem {
        try {
            return repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS).stream()
                    .map(Ref::getName).map(name -> name.substring(Constants.R_TAGS.length())).sorted().toList();
        } catch (IOException e) {
            throw new GitProblem("the tags cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The commit where HEAD's history and {@code ref}'s meet.
     *
     * @throws UnknownRef     when {@code ref} names no commit here
     * @throws MissingHistory when the merge-base is not here (a shallow clone) or there is none
     * @throws GitProblem     when HEAD has no commit or the history cannot be read
     */
    public MergeBase mergeBase(String ref) throws GitProblem {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                throw new GitProblem("the repository has no commit yet.");
            }
            RevCommit other = resolveCommit(walk, ref);
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(head));
            walk.markStart(other);
            RevCommit base = walk.next();
            if (base == null) {
                throw new MissingHistory(ref, isShallow(repository));
            }
            return new MergeBase(base, ref);
        } catch (MissingObjectException e) {
            // history cut off without a shallow file (a partial copy): the same remedy
            throw new MissingHistory(ref, true);
        } catch (IOException e) {
            throw new GitProblem("the history of HEAD and " + ref + " cannot be read: " + e.getMessage(),
                    "check the .git folder.", e);
        }
    }

    private RevCommit resolveCommit(RevWalk walk, String ref) throws IOException, UnknownRef {
        ObjectId id;
        try {
            id = repository.resolve(ref);
        } catch (RevisionSyntaxException e) {
            id = null; // not a name git could mean; an I/O error is not an unknown ref and goes up
        }
        if (id == null) {
            throw new UnknownRef(ref, "is not a branch, tag or commit here", existingRefs());
        }
        try {
            return walk.parseCommit(id);
        } catch (IncorrectObjectTypeException e) {
            throw new UnknownRef(ref, "names a " + describeType(id) + ", not a commit", existingRefs());
        }
    }

    private String describeType(ObjectId id) throws IOException {
        return switch (repository.open(id).getType()) {
            case Constants.OBJ_TREE -> "tree";
            case Constants.OBJ_BLOB -> "file";
            default -> "object";
        };
    }

    /** "the refs here are main, origin/main and 3 more", for a message about a ref that is not one. */
    private String existingRefs() throws IOException {
        List<String> refs = new ArrayList<>();
        for (String prefix : List.of(Constants.R_HEADS, Constants.R_REMOTES, Constants.R_TAGS)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(prefix)) {
                if (!(ref.isSymbolic() && prefix.equals(Constants.R_REMOTES))) { // origin/HEAD repeats a branch
                    refs.add(Repository.shortenRefName(ref.getName()));
                }
            }
        }
        if (refs.isEmpty()) {
            return "there are no branches or tags here";
        }
        return "the refs here are " + String.join(", ", refs.subList(0, Math.min(LISTED_REFS, refs.size())))
                + (refs.size() > LISTED_REFS ? " and " + (refs.size() - LISTED_REFS) + " more" : "");
    }

    /** The file's text at the merge-base, empty when it did not exist there. */
    public Optional<String> fileAt(MergeBase base, String path) throws GitProblem {
        try (TreeWalk walk = TreeWalk.forPath(repository, path, base.commit().getTree())) {
            if (walk == null) {
                return Optional.empty();
            }
            byte[] bytes = repository.open(walk.getObjectId(0)).getBytes();
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GitProblem("cannot read " + path + " at the " + base.describe() + ": " + e.getMessage(), e);
        }
    }

    Repository repository() {
        return repository;
    }

    /**
     * The JGit repository, for what only the release does: its own checks of the work tree, the
     * index lock, the upstream, and its writing side (commit, tag, push, rollback), which stay in
     * the release package. A question another gate could ask belongs in this package instead.
     */
    public Repository jgit() {
        return repository;
    }

    @Override
    public void close() {
        repository.close();
    }
}
