package dev.devflow.release;

import dev.devflow.testing.GitFixture;
import dev.devflow.testing.IsolatedGitConfig;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReleaseJournalTest {

    @TempDir
    Path dir;

    private IsolatedGitConfig config;
    private Path work;
    private Git git;

    @BeforeEach
    void createRepository() throws Exception {
        config = IsolatedGitConfig.install(Files.createDirectories(dir.resolve("home")));
        work = dir.resolve("work");
        try (GitFixture fixture = GitFixture.init(work)) {
            fixture.write("pom.xml", "<project>\"ü\"\\\n</project>\n").commit("start");
        }
        git = Git.open(work.toFile());
    }

    @AfterEach
    void close() {
        git.close();
        config.close();
    }

    @Test
    void recordsEveryChangeAndReadsItBack() throws Exception {
        ObjectId start = git.getRepository().resolve("HEAD");
        ReleaseJournal journal = ReleaseJournal.begin(git.getRepository(), "origin");
        journal.willEdit(work, List.of("pom.xml", "CHANGELOG.md"));
        journal.committed(start);
        journal.willTag("v1.2.0");
        journal.tagged("v1.2.0", start);
        journal.willTag("v1.2.1");
        journal.willPush(List.of("refs/heads/main", "refs/tags/v1.2.0"));
        journal.pushed("refs/heads/main", PushState.DONE);

        ReleaseJournal read = ReleaseJournal.read(gitDir()).orElseThrow();

        assertThat(read.file()).isEqualTo(gitDir().resolve("devflow-release.json"));
        assertThat(read.startBranch()).contains("refs/heads/main");
        assertThat(read.startCommit()).isEqualTo(start);
        assertThat(read.remote()).isEqualTo("origin");
        assertThat(read.currentStep()).isEqualTo(ReleaseStep.PUSH);
        assertThat(read.files()).containsExactly(
                new OriginalFile("pom.xml", "<project>\"ü\"\\\n</project>\n".getBytes(StandardCharsets.UTF_8)),
                new OriginalFile("CHANGELOG.md", null));
        assertThat(read.tags()).containsExactly(Map.entry("v1.2.0", Optional.of(start)),
                Map.entry("v1.2.1", Optional.empty()));
        assertThat(read.commits()).containsExactly(start);
        assertThat(read.pushes()).containsOnly(Map.entry("refs/heads/main", PushState.DONE),
                Map.entry("refs/tags/v1.2.0", PushState.UNKNOWN));
        try (var files = Files.list(gitDir())) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void keepsTheFirstBytesOfAFileEditedTwice() throws Exception {
        ReleaseJournal journal = ReleaseJournal.begin(git.getRepository(), "origin");
        journal.willEdit(work, List.of("pom.xml"));
        Files.writeString(work.resolve("pom.xml"), "edited");
        journal.willEdit(work, List.of("pom.xml"));

        assertThat(ReleaseJournal.read(gitDir()).orElseThrow().files().get(0).bytes().orElseThrow())
                .asString(StandardCharsets.UTF_8).isEqualTo("<project>\"ü\"\\\n</project>\n");
    }

    @Test
    void recordsADetachedStart() throws Exception {
        ObjectId head = git.getRepository().resolve("HEAD");
        git.checkout().setName(head.name()).call();

        ReleaseJournal.begin(git.getRepository(), "origin");

        ReleaseJournal read = ReleaseJournal.read(gitDir()).orElseThrow();
        assertThat(read.startBranch()).isEmpty();
        assertThat(read.startCommit()).isEqualTo(head);
    }

    @Test
    void aSecondReleaseIsLockedOut() throws Exception {
        ReleaseJournal.begin(git.getRepository(), "origin");

        Path file = gitDir().resolve("devflow-release.json");
        assertThatThrownBy(() -> ReleaseJournal.begin(git.getRepository(), "origin"))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessage("Release step 'readiness': another release is running in this repository, or an earlier"
                        + " one did not finish: " + file + " exists. Fix: wait for the other release; if none is"
                        + " running, restore what the earlier one changed with mvn devflow:release"
                        + " -Ddevflow.release.rollback.");
    }

    @Test
    void noJournalMeansNoUnfinishedRelease() throws Exception {
        assertThat(ReleaseJournal.read(gitDir())).isEmpty();
        ReleaseJournal.begin(git.getRepository(), "origin").delete();
        assertThat(ReleaseJournal.read(gitDir())).isEmpty();
    }

    @Test
    void aDamagedJournalIsAClearFailure() throws Exception {
        Path file = gitDir().resolve("devflow-release.json");
        Files.writeString(file, "{\"format\": 1, \"step\": \"edit\", \"startCommit\": \"abc");

        assertThatThrownBy(() -> ReleaseJournal.read(gitDir())).isInstanceOf(ReleaseFailure.class)
                .hasMessage("Release step 'rollback': the release journal " + file + " is damaged (a string is not"
                        + " closed at line 1, column 50), so what the release changed is unknown. Fix: restore by hand:"
                        + " git reflog shows where the branch was before the release, git tag -d deletes its tag;"
                        + " then delete " + file + ".");
        Files.writeString(file, "{\"format\": 1}");
        assertThatThrownBy(() -> ReleaseJournal.read(gitDir())).isInstanceOf(ReleaseFailure.class)
                .hasMessageContaining("is damaged ('startCommit' is missing)");
        Files.writeString(file, "[]");
        assertThatThrownBy(() -> ReleaseJournal.read(gitDir())).isInstanceOf(ReleaseFailure.class)
                .hasMessageContaining(file + " is damaged (the journal is not a JSON object)");
        // edited by hand: the wrong shapes are named, never a NullPointerException or ClassCastException
        String start = "{\"format\": 1, \"step\": \"edit\", \"startCommit\": \"" + "a".repeat(40) + "\", ";
        Files.writeString(file, start + "\"files\": {}, \"tags\": {}, \"commits\": [], \"push\": {}}");
        assertThatThrownBy(() -> ReleaseJournal.read(gitDir())).hasMessageContaining("is damaged ('files' is not a list)");
        Files.writeString(file, start + "\"files\": [], \"tags\": {}, \"commits\": [7], \"push\": {}}");
        assertThatThrownBy(() -> ReleaseJournal.read(gitDir()))
                .hasMessageContaining("is damaged (an entry of 'commits' is not a string)");
        Files.writeString(file, start + "\"files\": [], \"tags\": {}, \"commits\": []}");
        assertThatThrownBy(() -> ReleaseJournal.read(gitDir())).hasMessageContaining("is damaged ('push' is not a JSON object)");
    }

    private Path gitDir() {
        return work.resolve(".git");
    }
}
