package dev.devflow.git;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The questions devflow asks of git, answered with JGit (never the {@code git} command): tags,
 * the merge-base with a ref, what changed since, and a file's content there.
 */
public final class GitRepository implements AutoCloseable {

    private final Repository repository;
    private final Git git;

    private GitRepository(Repository repository) {
        this.repository = repository;
        this.git = new Git(repository);
    }

    /** The repository that holds {@code directory}, searching upwards. */
    public static GitRepository open(Path directory) throws GitProblem {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
                .findGitDir(directory.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw new GitProblem(directory + " is not inside a git repository.");
        }
        try {
            return new GitRepository(builder.build());
        } catch (IOException e) {
            throw new GitProblem("the git repository at " + builder.getGitDir() + " cannot be read: " + e.getMessage(), e);
        }
    }

    public Path workTree() {
        return repository.getWorkTree().toPath();
    }

    public boolean isShallow() {
        return Files.exists(repository.getDirectory().toPath().resolve("shallow"));
    }

    /** Names of every tag ({@code v1.2.0}). */
    public List<String> tagNames() throws GitProblem {
        try {
            return repository.getRefDatabase().getRefsByPrefix("refs/tags/").stream()
                    .map(Ref::getName).map(name -> name.substring("refs/tags/".length())).sorted().toList();
        } catch (IOException e) {
            throw new GitProblem("the tags cannot be read: " + e.getMessage(), e);
        }
    }

    /** The commit where HEAD's history and {@code ref}'s meet. */
    public RevCommit mergeBase(String ref) throws GitProblem {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve("HEAD");
            ObjectId other = repository.resolve(ref);
            if (head == null) {
                throw new GitProblem("the repository has no commit yet.");
            }
            if (other == null) {
                throw new GitProblem("'" + ref + "' is not a branch, tag or commit here; fetch it first"
                        + " (git fetch origin) or correct the ref.");
            }
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(head));
            walk.markStart(walk.parseCommit(other));
            RevCommit base = walk.next();
            if (base == null) {
                throw new GitProblem("HEAD and '" + ref + "' have no common history" + (isShallow()
                        ? " in this shallow clone; fetch the full history (actions/checkout with fetch-depth: 0,"
                        + " or git fetch --unshallow)." : "."));
            }
            return base;
        } catch (IOException e) {
            throw new GitProblem("the history cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Paths (relative to the work tree, with {@code /}) changed since      * {@code base}: committed changes and uncommitted ones, untracked files included.
     */
    public SortedSet<String> changedSince(RevCommit base) throws GitProblem {
        TreeSet<String> paths = new TreeSet<>();
        try (ObjectReader reader = repository.newObjectReader()) {
            CanonicalTreeParser from = new CanonicalTreeParser(null, reader, base.getTree());
            CanonicalTreeParser to = new CanonicalTreeParser(null, reader,
                    repository.parseCommit(repository.resolve("HEAD")).getTree());
            for (DiffEntry diff : git.diff().setOldTree(from).setNewTree(to).setShowNameAndStatusOnly(true).call()) {
                if (diff.getChangeType() != DiffEntry.ChangeType.DELETE) {
                    paths.add(diff.getNewPath());
                }
            }
            Status status = git.status().call();
            paths.addAll(status.getAdded());
            paths.addAll(status.getChanged());
            paths.addAll(status.getModified());
            paths.addAll(status.getUntracked());
        } catch (IOException | GitAPIException e) {
            throw new GitProblem("the changes cannot be read: " + e.getMessage(), e);
        }
        return Collections.unmodifiableSortedSet(paths);
    }

    /** The file's text in {@code commit}, empty when it did not exist there. */
    public Optional<String> fileAt(RevCommit commit, String path) throws GitProblem {
        try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
            if (walk == null) {
                return Optional.empty();
            }
            byte[] bytes = repository.open(walk.getObjectId(0)).getBytes();
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GitProblem("cannot read " + path + " at " + commit.abbreviate(7).name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        git.close();
        repository.close();
    }
}
