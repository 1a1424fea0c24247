package dev.devflow.baseline;

import dev.devflow.gate.GateInputException;
import dev.devflow.testing.GitFixture;
import dev.devflow.testing.IsolatedGitConfig;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewCodeTest {

    private static final String SRC = "app/src/main/java/p/";

    @TempDir
    Path dir;

    private IsolatedGitConfig config;

    @BeforeEach
    void isolateGit() throws Exception {
        config = IsolatedGitConfig.install(Files.createDirectories(dir.resolve("config")));
    }

    @AfterEach
    void restoreGit() {
        config.close();
    }

    @Test
    void newLinesAreTheAddedAndChangedLinesSinceTheMergeBaseNumberedAsInTheWorkingTree() throws Exception {
        Path repo = dir.resolve("repo");
        RevCommit mergeBase;
        try (GitFixture fixture = GitFixture.init(repo); Git git = Git.open(repo.toFile())) {
            fixture.write(".gitignore", "generated/\n")
                    .write("README.md", "readme\n")
                    .write("other/src/main/java/p/Other.java", lines("other", 3))
                    .write(SRC + "Changed.java", lines("changed", 6))
                    .write(SRC + "Shifted.java", lines("shifted", 4))
                    .write(SRC + "Deleted.java", lines("deleted", 3))
                    .write(SRC + "Old.java", lines("renamed", 10))
                    .write(SRC + "Mover.java", lines("mover", 5))
                    .write(SRC + "Blocks.java", "a1\na2\na3\nb1\nb2\nc1\n")
                    .write(SRC + "Crlf.java", "c1\r\nc2\r\nc3\r\nc4\r\n")
                    .write(SRC + "ToLf.java", "l1\r\nl2\r\nl3\r\n")
                    .write(SRC + "Dirty.java", lines("dirty", 3))
                    .write(SRC + "Staged.java", lines("staged", 3))
                    .commit("main");
            mergeBase = git.log().call().iterator().next();

            fixture.branch("feature")
                    .write(SRC + "Added.java", lines("added", 3))
                    .write(SRC + "Changed.java", "changed 1\nCHANGED 2\nchanged 3\nchanged 4\nCHANGED 5\nchanged 6\n")
                    .write(SRC + "Shifted.java", "top 1\ntop 2\nshifted 1\nshifted 2\nSHIFTED 3\nshifted 4\n")
                    .write("app/src/main/java/q/Renamed.java", lines("renamed", 10).replace("renamed 4\n", "RENAMED 4\n"))
                    .write("app/src/main/java/q/Mover.java", lines("mover", 5))
                    .write(SRC + "Blocks.java", "b1\nb2\na1\na2\na3\nc1\n")
                    .write(SRC + "Crlf.java", "c1\r\nc2\r\nC3\r\nc4\r\n")
                    .write(SRC + "ToLf.java", "l1\nl2\nl3\n")
                    .write("README.md", "readme, longer\n")
                    .write("other/src/main/java/p/Other.java", lines("other", 4));
            Files.delete(repo.resolve(SRC + "Deleted.java"));
            Files.delete(repo.resolve(SRC + "Old.java"));
            Files.delete(repo.resolve(SRC + "Mover.java"));
            fixture.commit("feature");

            // main moves on after the branch point: its changes are not this branch's new code
            git.checkout().setName("main").call();
            fixture.write(SRC + "Changed.java", lines("changed", 6).replace("changed 1\n", "MAIN 1\n")).commit("main 2");
            git.checkout().setName("feature").call();

            fixture.write(SRC + "Staged.java", "staged 1\nSTAGED 2\nstaged 3\n");
            git.add().addFilepattern(SRC + "Staged.java").call();
            fixture.write(SRC + "Dirty.java", "DIRTY 1\ndirty 2\ndirty 3\n")
                    .write(SRC + "Untracked.java", lines("untracked", 2))
                    .write("app/src/main/java/generated/Ignored.java", lines("ignored", 2));
        }

        NewCode code = NewCode.since(repo.resolve("app"), "main", List.of(repo.resolve("app/src/main/java")));

        Path src = repo.resolve(SRC);
        assertThat(code.files()).isEqualTo(Map.of(
                src.resolve("Added.java"), sorted(1, 2, 3),
                src.resolve("Changed.java"), sorted(2, 5),
                src.resolve("Shifted.java"), sorted(1, 2, 5),
                repo.resolve("app/src/main/java/q/Renamed.java"), sorted(4),
                src.resolve("Blocks.java"), sorted(1, 2),
                src.resolve("Crlf.java"), sorted(3),
                src.resolve("Staged.java"), sorted(2),
                src.resolve("Dirty.java"), sorted(1),
                src.resolve("Untracked.java"), sorted(1, 2)));
        assertThat(code.linesOf(src.resolve("Changed.java"))).containsExactly(2, 5);
        assertThat(code.linesOf(src.resolve("ToLf.java"))).isEmpty();
        assertThat(code.linesOf(repo.resolve("README.md"))).isEmpty();
        assertThat(code.describeBase()).isEqualTo("merge-base " + mergeBase.abbreviate(7).name() + " of HEAD and main");
    }

    @Test
    void aBranchWithoutChangesHasNoNewCode() throws Exception {
        Path repo = dir.resolve("repo");
        try (GitFixture fixture = GitFixture.init(repo)) {
            fixture.write(SRC + "A.java", lines("a", 3)).commit("one").branch("feature");
        }

        NewCode code = NewCode.since(repo, "main", List.of(repo.resolve("app/src/main/java")));

        assertThat(code.files()).isEmpty();
        assertThat(code.linesOf(repo.resolve(SRC + "A.java"))).isEmpty();
    }

    @Test
    void anUnknownBaseRefIsNamedWithTheRefsThatExist() throws Exception {
        Path repo = dir.resolve("repo");
        try (GitFixture fixture = GitFixture.init(repo)) {
            fixture.write(SRC + "A.java", lines("a", 3)).commit("one").tag("v1.0.0").branch("feature");
        }

        assertThatThrownBy(() -> NewCode.since(repo, "origin/main", List.of(repo.resolve("app/src/main/java"))))
                .isExactlyInstanceOf(GateInputException.class)
                .hasMessage("parameter devflow.coverage.baseRef: 'origin/main' is not a branch, tag or commit here;"
                        + " the refs here are feature, main, v1.0.0. Fix: fetch it first (git fetch origin,"
                        + " or actions/checkout: fetch-depth: 0) or name an existing ref.");
    }

    @Test
    void theListOfExistingRefsIsCut() throws Exception {
        Path repo = dir.resolve("repo");
        try (GitFixture fixture = GitFixture.init(repo)) {
            fixture.write(SRC + "A.java", lines("a", 3)).commit("one");
            for (int i = 1; i <= 12; i++) {
                fixture.tag("v1.0." + (char) ('a' + i));
            }
        }

        assertThatThrownBy(() -> NewCode.since(repo, "develop", List.of()))
                .hasMessage("parameter devflow.coverage.baseRef: 'develop' is not a branch, tag or commit here;"
                        + " the refs here are main, v1.0.b, v1.0.c, v1.0.d, v1.0.e, v1.0.f, v1.0.g, v1.0.h, v1.0.i,"
                        + " v1.0.j and 3 more. Fix: fetch it first (git fetch origin, or actions/checkout:"
                        + " fetch-depth: 0) or name an existing ref.");
    }

    @Test
    void aShallowCloneWithoutTheMergeBaseSaysToFetchTheHistory() throws Exception {
        Path origin = dir.resolve("origin");
        try (GitFixture fixture = GitFixture.init(origin)) {
            fixture.write(SRC + "A.java", lines("a", 3)).commit("one")
                    .write(SRC + "A.java", lines("a", 4)).commit("two")
                    .branch("feature").write(SRC + "B.java", lines("b", 2)).commit("three");
        }
        Path clone = dir.resolve("clone");
        try (Git git = Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(clone.toFile())
                .setBranch("feature").setDepth(1).call()) {
            assertThat(git.getRepository().getObjectDatabase().getShallowCommits()).hasSize(2);
            assertThat(git.getRepository().findRef("origin/main")).isNotNull();
        }

        assertThatThrownBy(() -> NewCode.since(clone, "origin/main", List.of(clone.resolve("app/src/main/java"))))
                .isInstanceOf(MissingMergeBase.class)
                .hasMessage("parameter devflow.coverage.baseRef: the merge-base of HEAD and origin/main is not in"
                        + " this shallow clone, so the new code cannot be told from the old. Fix: fetch the full"
                        + " history (actions/checkout: fetch-depth: 0, or git fetch --unshallow).");
    }

    @Test
    void outsideARepositoryThereIsNoHistory() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));

        assertThatThrownBy(() -> NewCode.since(plain, "origin/main", List.of(plain.resolve("src/main/java"))))
                .isExactlyInstanceOf(GateInputException.class)
                .hasMessage("parameter devflow.coverage.baseRef: " + plain + " is not inside a git repository, so"
                        + " there is no history to compare with origin/main. Fix: build a git clone, or leave"
                        + " devflow.coverage.baseRef unset.");
    }

    private static String lines(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + " " + i + "\n").collect(Collectors.joining());
    }

    private static SortedSet<Integer> sorted(Integer... lines) {
        return new TreeSet<>(Set.of(lines));
    }
}
