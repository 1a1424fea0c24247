package dev.devflow.git;

import dev.devflow.testing.GitFixture;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GitRepositoryTest {

    private static final String SRC = "src/main/java/";

    @TempDir
    Path dir;

    @Test
    void readsTagsChangesAndOldContentFromARealRepository() throws Exception {
        try (GitFixture fixture = GitFixture.init(dir)) {
            fixture.write("CHANGELOG.md", "old\n").write(SRC + "A.java", "class A {}\n").commit("one").tag("v1.0.0");
            fixture.branch("feature").write(SRC + "B.java", "class B {}\n").commit("two");
            fixture.write(SRC + "A.java", "class A { }\n").write("notes.txt", "new\n");

            try (GitRepository git = GitRepository.open(dir.resolve("src"))) {
                assertThat(git.tagNames()).containsExactly("v1.0.0");
                MergeBase base = git.mergeBase("main");
                assertThat(base.describe()).matches("merge-base [0-9a-f]{7} of HEAD and main");
                ChangedFiles changed = ChangedFiles.since(git, base);
                assertThat(changed.pathsUnder(List.of(dir))).containsExactly("notes.txt", SRC + "A.java", SRC + "B.java");
                assertThat(changed.pathsUnder(List.of(dir.resolve(SRC)))).containsExactly(SRC + "A.java", SRC + "B.java");
                assertThat(git.fileAt(base, "CHANGELOG.md")).contains("old\n");
                assertThat(git.fileAt(base, "missing.md")).isEmpty();
                assertThat(git.relativePath(dir.resolve("CHANGELOG.md"))).isEqualTo("CHANGELOG.md");
                assertThat(git.isShallow()).isFalse();
            }
        }
    }

    @Test
    void aFileMovedIntoTheSourcesIsAChangedFileWithNoNewLines() throws Exception {
        String body = "class Moved {\n    int one() { return 1; }\n    int two() { return 2; }\n}\n";
        try (GitFixture fixture = GitFixture.init(dir)) {
            fixture.write("attic/Moved.java", body).commit("one");
            Files.createDirectories(dir.resolve(SRC));
            Files.move(dir.resolve("attic/Moved.java"), dir.resolve(SRC + "Moved.java"));

            try (GitRepository git = GitRepository.open(dir)) {
                ChangedFiles changed = ChangedFiles.since(git, git.mergeBase("main"));
                List<Path> sources = List.of(dir.resolve(SRC));
                // the changelog sees the move as a change to the sources; coverage sees no new line
                assertThat(changed.pathsUnder(sources)).containsExactly(SRC + "Moved.java");
                assertThat(changed.newLinesUnder(sources)).isEmpty();
            }
        }
    }

    @Test
    void anUnknownRefListsTheRefsThereAre() throws Exception {
        try (GitFixture fixture = GitFixture.init(dir)) {
            fixture.write("a.txt", "a\n").commit("one").tag("v1.0.0");

            try (GitRepository git = GitRepository.open(dir)) {
                assertThatThrownBy(() -> git.mergeBase("origin/main")).isInstanceOf(UnknownRef.class)
                        .hasMessage("'origin/main' is not a branch, tag or commit here; the refs here are main,"
                                + " v1.0.0. Fetch it first (git fetch origin, or actions/checkout: fetch-depth: 0)"
                                + " or name an existing ref.");
                assertThatThrownBy(() -> git.mergeBase("main^{tree}")).isInstanceOf(UnknownRef.class)
                        .hasMessageStartingWith("'main^{tree}' names a tree, not a commit;");
                assertThatThrownBy(() -> git.mergeBase("..:bad")).isInstanceOf(UnknownRef.class);
            }
        }
    }

    @Test
    void aLinkedWorktreeOfAShallowCloneIsShallow() throws Exception {
        Path origin = dir.resolve("origin");
        try (GitFixture fixture = GitFixture.init(origin)) {
            fixture.write(SRC + "A.java", "class A {}\n").commit("one")
                    .write(SRC + "A.java", "class A { }\n").commit("two")
                    .branch("feature").write(SRC + "B.java", "class B {}\n").commit("three");
        }
        Path clone = dir.resolve("clone");
        Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(clone.toFile())
                .setBranch("feature").setDepth(1).call().close();
        Path worktree = dir.resolve("worktree");
        git(clone, "worktree", "add", "-q", "--detach", worktree.toString(), "HEAD");
        // git keeps the shallow list in the clone's .git, the common directory, not in the worktree's
        assertThat(clone.resolve(".git/shallow")).exists();
        assertThat(Files.readString(worktree.resolve(".git")).trim()).startsWith("gitdir: ");

        try (GitRepository git = GitRepository.open(worktree.resolve("src"))) {
            assertThat(git.workTree().toRealPath()).isEqualTo(worktree.toRealPath());
            assertThat(git.isShallow()).isTrue();
            assertThatThrownBy(() -> git.mergeBase("origin/main")).isInstanceOfSatisfying(MissingHistory.class,
                    e -> assertThat(e.shallow()).isTrue())
                    .hasMessage("the merge-base of HEAD and origin/main is not in this shallow clone. Fetch the full"
                            + " history (actions/checkout: fetch-depth: 0, or git fetch --unshallow).");
        }
    }

    @Test
    void aBareRepositoryHasNoWorkingTreeToCompare() throws Exception {
        Path bare = dir.resolve("bare.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).call().close();

        assertThatThrownBy(() -> GitRepository.open(bare)).isInstanceOf(GitProblem.class)
                .hasMessageContaining("is a bare repository, which has no working tree to compare.")
                .hasMessageEndingWith("Build a clone with a working tree.");
    }

    @Test
    void saysWhenThereIsNoRepository() throws Exception {
        Path outside = Files.createTempDirectory("devflow-no-git");
        try {
            assertThatThrownBy(() -> GitRepository.open(outside)).isInstanceOf(NotARepository.class)
                    .hasMessage(outside + " is not inside a git repository.");
        } finally {
            Files.delete(outside);
        }
    }

    /** The git command, for what JGit cannot make: a linked worktree. */
    private static void git(Path in, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", in.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
