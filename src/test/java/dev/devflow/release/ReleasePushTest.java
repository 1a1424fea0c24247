package dev.devflow.release;

import dev.devflow.testing.GitReceivePack;
import dev.devflow.testing.IsolatedGitConfig;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ReleasePushTest {

    @TempDir
    Path dir;

    private IsolatedGitConfig config;
    private Path upstream;
    private ObjectId start;
    private Git git;
    private ReleaseJournal journal;

    @BeforeEach
    void createUpstreamAndClone() throws Exception {
        config = IsolatedGitConfig.install(Files.createDirectories(dir.resolve("home")));
        upstream = PushFixture.bareUpstream(dir, dir.resolve("upstream.git"));
        git = Git.cloneRepository().setURI(upstream.toUri().toString()).setDirectory(dir.resolve("work").toFile())
                .call();
        start = head();
        journal = ReleaseJournal.begin(git.getRepository(), "origin");
        PushFixture.recordRelease(git, journal);
    }

    @AfterEach
    void close() {
        git.close();
        config.close();
    }

    @Test
    void pushesBranchAndTagTogether() throws Exception {
        new ReleasePush(git, journal, "origin").push("main", "v1.2.0");

        PushFixture.assertPushed(git, upstream);
    }

    @Test
    void aRejectedBranchKeepsTheTagOffTheRemoteToo() throws Exception {
        ObjectId remoteMain = commitElsewhere();

        assertThatThrownBy(() -> new ReleasePush(git, journal, "origin").push("main", "v1.2.0"))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessage("Release step 'push': the remote 'origin' took nothing: main rejected: the remote has"
                        + " commits this clone lacks, v1.2.0 rejected (transaction aborted). Fix: bring the branch up to date"
                        + " with the remote (git pull --rebase) and release again; a rollback restores the local"
                        + " repository.");
        PushFixture.assertNothingPushed(git, upstream, remoteMain);
    }

    /** Records what JGit 7.8 does: its file transport runs no receive hooks of the bare repository (see GitReceivePack). */
    @Test
    void jgitsLocalTransportRunsNoPreReceiveHook() throws Exception {
        assumeTrue(upstream.getFileSystem().supportedFileAttributeViews().contains("posix"), "hooks need POSIX");
        Path marker = dir.resolve("pre-receive-ran");
        Path hook = Files.createDirectories(upstream.resolve("hooks")).resolve("pre-receive");
        Files.writeString(hook, "#!/bin/sh\ntouch '" + marker + "'\nexit 1\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));

        new ReleasePush(git, journal, "origin").push("main", "v1.2.0");

        assertThat(marker).doesNotExist();
    }

    // ------------------------------------------------ a git server: C git's receive-pack, with hooks

    @Test
    void anAtomicRemoteWhoseHookRefusesThePushTakesNothing() throws Exception {
        assumeTrue(GitReceivePack.available(), "needs git on PATH and POSIX hooks");
        GitReceivePack.hook(upstream, "pre-receive", logPush() + "echo 'main is frozen for the audit' >&2\nexit 1\n");
        GitReceivePack.serve(git.getRepository(), "origin");

        assertThatThrownBy(() -> new ReleasePush(git, journal, "origin").push("main", "v1.2.0"))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessage("Release step 'push': the remote 'origin' took nothing: main rejected (pre-receive hook"
                        + " declined), v1.2.0 rejected (pre-receive hook declined)."
                        + "\nremote: main is frozen for the audit"
                        + "\nFix: correct what the remote refused and release again; a rollback restores the local"
                        + " repository.");
        assertThat(pushesSeenByTheRemote()).as("one push with both refs").containsExactly(
                "refs/heads/main refs/tags/v1.2.0");
        assertRemote(start, false);
        assertThat(PushFixture.journalPushes(git)).containsExactly(Map.entry("refs/heads/main", PushState.NOT_STARTED),
                Map.entry("refs/tags/v1.2.0", PushState.NOT_STARTED));
    }

    @Test
    void withoutAtomicPushTheBranchArrivesBeforeTheTag() throws Exception {
        assumeTrue(GitReceivePack.available(), "needs git on PATH and POSIX hooks");
        GitReceivePack.withoutAtomicPush(upstream);
        GitReceivePack.hook(upstream, "pre-receive", logPush());
        GitReceivePack.serve(git.getRepository(), "origin");

        new ReleasePush(git, journal, "origin").push("main", "v1.2.0");

        assertThat(pushesSeenByTheRemote()).as("two pushes, the branch's first").containsExactly(
                "refs/heads/main", "refs/tags/v1.2.0");
        assertRemote(head(), true);
        assertThat(PushFixture.journalPushes(git)).containsExactly(Map.entry("refs/heads/main", PushState.DONE),
                Map.entry("refs/tags/v1.2.0", PushState.DONE));
    }

    /** What the journal says while a ref is on its way is what a rollback after a kill would go by. */
    @Test
    void withoutAtomicPushTheJournalHasOnlyTheRefOnItsWayAsMaybeOnTheRemote() throws Exception {
        assumeTrue(GitReceivePack.available(), "needs git on PATH and POSIX hooks");
        GitReceivePack.withoutAtomicPush(upstream);
        Path journalFile = ReleaseJournal.fileIn(git.getRepository().getDirectory().toPath());
        Path copies = dir.resolve("journal-while-receiving");
        // the update hook runs once for each ref, before the remote takes it
        GitReceivePack.hook(upstream, "update", "copy='" + copies + "'/$(echo \"$1\" | tr / _)\n"
                + "mkdir -p \"$copy\" && cp '" + journalFile + "' \"$copy\"\n");
        GitReceivePack.serve(git.getRepository(), "origin");

        new ReleasePush(git, journal, "origin").push("main", "v1.2.0");

        assertThat(ReleaseJournal.read(copies.resolve("refs_heads_main")).orElseThrow().pushes())
                .containsExactly(Map.entry("refs/heads/main", PushState.UNKNOWN),
                        Map.entry("refs/tags/v1.2.0", PushState.NOT_STARTED));
        assertThat(ReleaseJournal.read(copies.resolve("refs_tags_v1.2.0")).orElseThrow().pushes())
                .containsExactly(Map.entry("refs/heads/main", PushState.DONE),
                        Map.entry("refs/tags/v1.2.0", PushState.UNKNOWN));
    }

    @Test
    void withoutAtomicPushATagTheRemoteRefusesLeavesTheBranchThere() throws Exception {
        assumeTrue(GitReceivePack.available(), "needs git on PATH and POSIX hooks");
        GitReceivePack.withoutAtomicPush(upstream);
        GitReceivePack.hook(upstream, "update", "case \"$1\" in refs/tags/*)\n"
                + "  echo 'tags are made by CI here' >&2\n  exit 1\nesac\n");
        GitReceivePack.serve(git.getRepository(), "origin");

        assertThatThrownBy(() -> new ReleasePush(git, journal, "origin").push("main", "v1.2.0"))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessage("Release step 'push': the push to 'origin' is partial: main pushed, but v1.2.0 rejected"
                        + " (hook declined)."
                        + "\nremote: tags are made by CI here"
                        + "\nremote: error: hook declined to update refs/tags/v1.2.0"
                        + "\nFix: correct what the remote refused, undo main on 'origin' (a rollback restores only"
                        + " the local repository) and release again.");
        assertRemote(head(), false);
        assertThat(PushFixture.journalPushes(git)).containsExactly(Map.entry("refs/heads/main", PushState.DONE),
                Map.entry("refs/tags/v1.2.0", PushState.NOT_STARTED));
    }

    @Test
    void anUnreachableRemoteLeavesThePushUnknown() throws Exception {
        git.getRepository().getConfig().setString("remote", "origin", "url", dir.resolve("gone.git").toUri().toString());

        assertThatThrownBy(() -> new ReleasePush(git, journal, "origin").push("main", "v1.2.0"))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessageStartingWith("Release step 'push': the push to 'origin' failed: ")
                .hasMessageEndingWith("; the remote may or may not have main and v1.2.0. Fix: see what it has with"
                        + " git ls-remote origin, undo there what it took (a rollback restores only the local"
                        + " repository) and release again.");
        assertThat(PushFixture.journalPushes(git))
                .containsExactly(Map.entry("refs/heads/main", PushState.UNKNOWN),
                        Map.entry("refs/tags/v1.2.0", PushState.UNKNOWN));
    }

    /** A pre-receive hook's lines that log each push the remote receives: its refs, on one line. */
    private String logPush() {
        return "refs=$(cut -d' ' -f3)\necho $refs >> '" + dir.resolve("pushes.log") + "'\n";
    }

    private List<String> pushesSeenByTheRemote() throws Exception {
        return Files.readAllLines(dir.resolve("pushes.log"));
    }

    private void assertRemote(ObjectId main, boolean tagged) throws Exception {
        try (Git remote = Git.open(upstream.toFile())) {
            assertThat(remote.getRepository().resolve("refs/heads/main")).isEqualTo(main);
            ObjectId tag = remote.getRepository().resolve("refs/tags/v1.2.0^{commit}");
            assertThat(tag).isEqualTo(tagged ? head() : null);
        }
    }

    private ObjectId head() throws Exception {
        return git.getRepository().resolve("HEAD");
    }

    private ObjectId commitElsewhere() throws Exception {
        Path other = dir.resolve("other");
        try (Git clone = Git.cloneRepository().setURI(upstream.toUri().toString()).setDirectory(other.toFile())
                .call()) {
            Files.writeString(other.resolve("notes.txt"), "someone else\n");
            clone.add().addFilepattern("notes.txt").call();
            RevCommit commit = clone.commit().setMessage("meanwhile").call();
            clone.push().call();
            return commit;
        }
    }
}
