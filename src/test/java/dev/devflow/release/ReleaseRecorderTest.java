package dev.devflow.release;

import dev.devflow.testing.GitFixture;
import dev.devflow.testing.IsolatedGitConfig;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ReleaseRecorderTest {

    @TempDir
    Path dir;

    private IsolatedGitConfig config;
    private Path work;
    private Git git;
    private ReleaseJournal journal;

    @BeforeEach
    void createRepository() throws Exception {
        config = IsolatedGitConfig.install(Files.createDirectories(dir.resolve("home")));
        work = dir.resolve("work");
        try (GitFixture fixture = GitFixture.init(work)) {
            fixture.write("pom.xml", "<version>1.2.0-SNAPSHOT</version>\n").commit("start");
        }
        git = Git.open(work.toFile());
        journal = ReleaseJournal.begin(git.getRepository(), "origin");
    }

    @AfterEach
    void close() {
        git.close();
        config.close();
    }

    @Test
    void recordsReleaseCommitAnnotatedTagAndNextVersion() throws Exception {
        ObjectId start = git.getRepository().resolve("HEAD");
        ReleaseRecorder recorder = new ReleaseRecorder(git, journal, false);
        String notes = "Release 1.2.0\n\n### Added\n- a feature\n\n# not a comment here\n";

        Files.writeString(work.resolve("pom.xml"), "<version>1.2.0</version>\n");
        Files.writeString(work.resolve("CHANGELOG.md"), "## 1.2.0\n");
        RevCommit release = recorder.commit("Release v1.2.0\n\n# kept as written", List.of("pom.xml", "CHANGELOG.md"));
        Ref tag = recorder.tag("v1.2.0", notes, release);
        Files.writeString(work.resolve("pom.xml"), "<version>1.2.1-SNAPSHOT</version>\n");
        RevCommit next = recorder.commit("Next development version 1.2.1-SNAPSHOT", List.of("pom.xml"));

        assertThat(release.getFullMessage()).isEqualTo("Release v1.2.0\n\n# kept as written");
        assertThat(release.getParent(0)).isEqualTo(start);
        assertThat(release.getAuthorIdent().getEmailAddress()).isEqualTo("release@example.com");
        assertThat(next.getParent(0)).isEqualTo(release);
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            RevTag annotated = walk.parseTag(tag.getObjectId());
            assertThat(annotated.getFullMessage()).isEqualTo(notes);
            assertThat(annotated.getObject()).isEqualTo(release);
            assertThat(annotated.getTaggerIdent().getName()).isEqualTo("Release Tester");
        }
        assertThat(git.status().call().isClean()).isTrue();
        ReleaseJournal read = ReleaseJournal.read(work.resolve(".git")).orElseThrow();
        assertThat(read.commits()).containsExactly(release, next);
        assertThat(read.tags()).containsExactly(Map.entry("v1.2.0", Optional.of(tag.getObjectId())));
        assertThat(read.currentStep()).isEqualTo(ReleaseStep.RECORD);
    }

    @Test
    void hooksRunAndARejectingCommitMsgHookFailsTheRecordStep() throws Exception {
        Path marker = dir.resolve("pre-commit-ran");
        hook("pre-commit", "#!/bin/sh\necho ran > '" + marker + "'\n");
        hook("commit-msg", "#!/bin/sh\necho \"checking $(cat \"$1\")\"\necho 'no ticket in the message' >&2\nexit 3\n");
        ObjectId start = git.getRepository().resolve("HEAD");
        Files.writeString(work.resolve("pom.xml"), "<version>1.2.0</version>\n");

        assertThatThrownBy(() -> new ReleaseRecorder(git, journal, false).commit("Release v1.2.0", List.of("pom.xml")))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessage("Release step 'record': the commit-msg hook rejected the commit 'Release v1.2.0' (exit"
                        + " code 3): checking Release v1.2.0\nno ticket in the message\nFix: make the hook pass, or"
                        + " skip the pre-commit and commit-msg hooks with -Ddevflow.release.noVerify=true.");
        assertThat(marker).hasContent("ran");
        assertThat(git.getRepository().resolve("HEAD")).isEqualTo(start);

        Files.delete(marker);
        RevCommit skipped = new ReleaseRecorder(git, journal, true).commit("Release v1.2.0", List.of("pom.xml"));
        assertThat(skipped.getParent(0)).isEqualTo(start);
        assertThat(marker).doesNotExist();
    }

    @Test
    void anExistingTagIsNotMoved() throws Exception {
        git.tag().setName("v1.2.0").setAnnotated(false).call();
        ObjectId existing = git.getRepository().resolve("v1.2.0");
        Files.writeString(work.resolve("pom.xml"), "<version>1.2.0</version>\n");
        ReleaseRecorder recorder = new ReleaseRecorder(git, journal, false);
        RevCommit release = recorder.commit("Release v1.2.0", List.of("pom.xml"));

        assertThatThrownBy(() -> recorder.tag("v1.2.0", "notes", release)).isInstanceOf(ReleaseFailure.class)
                .hasMessage("Release step 'record': the tag v1.2.0 already exists. Fix: release another version, or"
                        + " delete the tag if it is a mistake (git tag -d v1.2.0).");
        assertThat(git.getRepository().resolve("v1.2.0")).isEqualTo(existing);
    }

    private void hook(String name, String script) throws Exception {
        assumeTrue(work.getFileSystem().supportedFileAttributeViews().contains("posix"), "hooks need a POSIX shell");
        Path hook = work.resolve(".git/hooks/" + name);
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, script);
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
