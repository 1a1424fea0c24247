package dev.devflow.git;

import dev.devflow.testing.GitFixture;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GitRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void readsTagsChangesAndOldContentFromARealRepository() throws Exception {
        try (GitFixture fixture = GitFixture.init(dir)) {
            fixture.write("CHANGELOG.md", "old\n").write("src/main/java/A.java", "class A {}\n").commit("one").tag("v1.0.0");
            fixture.branch("feature").write("src/main/java/B.java", "class B {}\n").commit("two");
            fixture.write("src/main/java/A.java", "class A { }\n").write("notes.txt", "new\n");

            try (GitRepository git = GitRepository.open(dir.resolve("src"))) {
                assertThat(git.tagNames()).containsExactly("v1.0.0");
                RevCommit base = git.mergeBase("main");
                assertThat(git.changedSince(base)).containsExactly("notes.txt", "src/main/java/A.java",
                        "src/main/java/B.java");
                assertThat(git.fileAt(base, "CHANGELOG.md")).contains("old\n");
                assertThat(git.fileAt(base, "missing.md")).isEmpty();
                assertThat(git.isShallow()).isFalse();
                assertThatThrownBy(() -> git.mergeBase("origin/main")).isInstanceOf(GitProblem.class)
                        .hasMessage("'origin/main' is not a branch, tag or commit here; fetch it first"
                                + " (git fetch origin) or correct the ref.");
            }
        }
    }

    @Test
    void saysWhenThereIsNoRepository() throws Exception {
        Path outside = Files.createTempDirectory("devflow-no-git");
        try {
            assertThatThrownBy(() -> GitRepository.open(outside)).isInstanceOf(GitProblem.class)
                    .hasMessage(outside + " is not inside a git repository.");
        } finally {
            Files.delete(outside);
        }
    }
}
