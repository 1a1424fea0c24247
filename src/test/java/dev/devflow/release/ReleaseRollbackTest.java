package dev.devflow.release;

import dev.devflow.testing.GitFixture;
import dev.devflow.testing.IsolatedGitConfig;
import dev.devflow.testing.RepositorySnapshot;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseRollbackTest {

    /** How far the release got before it failed or was killed. */
    enum Reached { NOTHING, FILES_EDITED, RELEASE_COMMIT, TAG, NEXT_VERSION_COMMIT }

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
            fixture.write("pom.xml", "<version>1.2.0-SNAPSHOT</version>\r\n").write(".gitignore", "target/\n")
                    .commit("start").tag("v1.1.0").branch("feature").write("feature.txt", "f\n").commit("feature");
        }
        git = Git.open(work.toFile());
        git.checkout().setName("main").call();
        Files.createDirectories(work.resolve("target"));
        Files.writeString(work.resolve("target/build.log"), "ignored and kept\n");
    }

    @AfterEach
    void close() {
        git.close();
        config.close();
    }

    @ParameterizedTest
    @EnumSource(Reached.class)
    void putsBackEveryRefTheIndexAndEveryFileFromAnyStep(Reached reached) throws Exception {
        RepositorySnapshot before = RepositorySnapshot.of(git);

        releaseUntil(reached);
        assertThat(RepositorySnapshot.of(git).equals(before)).isEqualTo(reached == Reached.NOTHING);
        RollbackReport report = new ReleaseRollback(git.getRepository()).rollback();

        assertThat(RepositorySnapshot.of(git)).isEqualTo(before);
        assertThat(before.clean()).isTrue();
        assertThat(report.onRemote()).isEmpty();
        assertThat(work.resolve(".git/devflow-release.json")).doesNotExist();
        assertThat(new ReleaseRollback(git.getRepository()).rollback().restored())
                .containsExactly("no unfinished release here: nothing to roll back.");
        assertThat(RepositorySnapshot.of(git)).isEqualTo(before);
    }

    @Test
    void saysWhatItPutBack() throws Exception {
        String start = git.getRepository().resolve("HEAD").abbreviate(7).name();
        releaseUntil(Reached.NEXT_VERSION_COMMIT);
        String tip = git.getRepository().resolve("HEAD").abbreviate(7).name();

        assertThat(new ReleaseRollback(git.getRepository()).rollback().restored()).containsExactly(
                "tag v1.2.0 deleted.",
                "HEAD on main at " + start + " (was " + tip + ").",
                "pom.xml as before the release.",
                "CHANGELOG.md removed (the release created it).",
                "target/build.log as before the release.");
    }

    @Test
    void putsBackADetachedCheckout() throws Exception {
        git.checkout().setName(git.getRepository().resolve("HEAD").name()).call();
        RepositorySnapshot before = RepositorySnapshot.of(git);

        releaseUntil(Reached.NEXT_VERSION_COMMIT);
        new ReleaseRollback(git.getRepository()).rollback();

        assertThat(RepositorySnapshot.of(git)).isEqualTo(before);
    }

    @Test
    void keepsTagsTheReleaseDidNotMake() throws Exception {
        ReleaseJournal journal = ReleaseJournal.begin(git.getRepository(), "origin");
        journal.willTag("v1.1.0");
        RepositorySnapshot before = RepositorySnapshot.of(git);

        new ReleaseRollback(git.getRepository()).rollback();

        assertThat(RepositorySnapshot.of(git)).isEqualTo(before);
        assertThat(git.getRepository().resolve("v1.1.0")).isNotNull();
    }

    @Test
    void deletesATagCreatedJustBeforeAKillOnAReleaseCommit() throws Exception {
        RepositorySnapshot before = RepositorySnapshot.of(git);
        ReleaseJournal journal = ReleaseJournal.begin(git.getRepository(), "origin");
        RevCommit release = new ReleaseRecorder(git, journal, false).commit("Release v1.2.0", List.of("pom.xml"));
        journal.willTag("v1.2.0");
        git.tag().setName("v1.2.0").setMessage("killed before the journal knew the id").setObjectId(release).call();

        new ReleaseRollback(git.getRepository()).rollback();

        assertThat(RepositorySnapshot.of(git)).isEqualTo(before);
    }

    @Test
    void doesNotClaimToUndoTheRemote() throws Exception {
        ObjectId start = git.getRepository().resolve("HEAD");
        releaseUntil(Reached.NEXT_VERSION_COMMIT);
        ReleaseJournal journal = ReleaseJournal.read(work.resolve(".git")).orElseThrow();
        journal.willPush(List.of("refs/heads/main", "refs/tags/v1.2.0"));
        journal.pushed("refs/heads/main", PushState.DONE);

        RollbackReport report = new ReleaseRollback(git.getRepository()).rollback();

        assertThat(report.onRemote()).containsExactly(
                "not undone: branch main on the remote 'origin' has the release commits; if nobody has fetched them,"
                        + " git push --force-with-lease=refs/heads/main origin " + start.name() + ":refs/heads/main,"
                        + " otherwise revert them with git revert",
                "not undone: tag v1.2.0 may be on the remote 'origin'; delete it there with git push --delete origin"
                        + " v1.2.0");
    }

    private void releaseUntil(Reached reached) throws Exception {
        ReleaseJournal journal = ReleaseJournal.begin(git.getRepository(), "origin");
        if (reached == Reached.NOTHING) {
            return;
        }
        List<String> edited = List.of("pom.xml", "CHANGELOG.md", "target/build.log");
        journal.willEdit(work, edited);
        Files.writeString(work.resolve("pom.xml"), "<version>1.2.0</version>\n");
        Files.writeString(work.resolve("CHANGELOG.md"), "## 1.2.0\n");
        Files.writeString(work.resolve("target/build.log"), "overwritten\n");
        if (reached == Reached.FILES_EDITED) {
            return;
        }
        ReleaseRecorder recorder = new ReleaseRecorder(git, journal, false);
        RevCommit release = recorder.commit("Release v1.2.0", List.of("pom.xml", "CHANGELOG.md"));
        if (reached == Reached.RELEASE_COMMIT) {
            return;
        }
        recorder.tag("v1.2.0", "### Added\n- it\n", release);
        if (reached == Reached.TAG) {
            return;
        }
        Files.writeString(work.resolve("pom.xml"), "<version>1.2.1-SNAPSHOT</version>\n");
        recorder.commit("Next development version", List.of("pom.xml"));
    }
}
