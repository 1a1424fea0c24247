package dev.devflow.testing;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

/** A real git repository in a temporary folder, built with JGit, for tests of git behaviour. */
public final class GitFixture implements AutoCloseable {

    private static final PersonIdent AUTHOR = new PersonIdent("Test", "test@example.com",
            Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private final Git git;
    private final Path root;

    private GitFixture(Git git, Path root) {
        this.git = git;
        this.root = root;
    }

    public static GitFixture init(Path root) throws Exception {
        return new GitFixture(Git.init().setDirectory(root.toFile()).setInitialBranch("main").call(), root);
    }

    public Path root() {
        return root;
    }

    public GitFixture write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return this;
    }

    public GitFixture commit(String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
        return this;
    }

    public GitFixture tag(String name) throws Exception {
        git.tag().setName(name).setAnnotated(false).call();
        return this;
    }

    public GitFixture branch(String name) throws Exception {
        git.checkout().setCreateBranch(true).setName(name).call();
        return this;
    }

    @Override
    public void close() {
        git.close();
    }
}
