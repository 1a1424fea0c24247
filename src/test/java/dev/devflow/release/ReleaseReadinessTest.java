package dev.devflow.release;

import dev.devflow.testing.GitFixture;
import dev.devflow.testing.IsolatedGitConfig;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReleaseReadinessTest {

    private static final ReleaseGitSettings SETTINGS = ReleaseGitSettings.forTag("v1.2.0");

    @TempDir
    Path dir;

    private IsolatedGitConfig config;
    private Path work;

    @BeforeEach
    void isolateAndCreateRepository() throws Exception {
        config = IsolatedGitConfig.install(Files.createDirectories(dir.resolve("home")));
        work = dir.resolve("work");
        try (GitFixture fixture = GitFixture.init(work)) {
            fixture.write("pom.xml", "<project/>\n").write(".gitignore", "target/\n").commit("start");
        }
    }

    @AfterEach
    void restoreConfig() {
        config.close();
    }

    @Test
    void aCleanRepositoryOnTheReleaseBranchIsReady() throws Exception {
        Files.createDirectories(work.resolve("target")).resolve("ignored.class").toFile().createNewFile();

        assertThat(problems(SETTINGS)).isEmpty();
    }

    @Test
    void collectsEveryProblemAtOnce() throws Exception {
        Files.writeString(work.resolve("pom.xml"), "<project>changed</project>\n");
        Files.writeString(work.resolve("notes.txt"), "new\n");
        try (Git git = Git.open(work.toFile())) {
            git.tag().setName("v1.2.0").call();
        }

        assertThat(problems(SETTINGS)).containsExactly(
                "there are uncommitted changes: pom.xml. Fix: commit them, or put them aside with git stash.",
                "there are untracked files: notes.txt. Fix: commit them, delete them, or add them to .gitignore.",
                "the tag v1.2.0 already exists in this repository. Fix: release another version, or delete the tag"
                        + " if it is a mistake (git tag -d v1.2.0).");
        assertThatThrownBy(() -> new ReleaseReadiness(SETTINGS).require(work)).isInstanceOf(ReleaseFailure.class)
                .hasMessageStartingWith("Release step 'readiness': 3 problems keep the repository from being"
                        + " released:\n  - there are uncommitted changes: pom.xml. Fix: ");
    }

    @Test
    void outsideARepository() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));

        assertThat(problems(SETTINGS, outside)).containsExactly(outside + " is not inside a git repository."
                + " Fix: run the release from a git clone of the project.");
    }

    @Test
    void wrongBranch() throws Exception {
        try (Git git = Git.open(work.toFile())) {
            git.checkout().setCreateBranch(true).setName("feature").call();
        }

        assertThat(problems(SETTINGS)).containsExactly("on branch feature, but releases are made from branch main."
                + " Fix: git switch main, or configure the release branch.");
        assertThat(problems(SETTINGS.withReleaseBranch("feature"))).isEmpty();
    }

    @Test
    void detachedHeadIsAcceptedOnlyAtTheTipOfTheExpectedBranch() throws Exception {
        String first;
        try (Git git = Git.open(work.toFile())) {
            first = git.getRepository().resolve("HEAD").name();
            Files.writeString(work.resolve("pom.xml"), "<project>2</project>\n");
            git.commit().setAll(true).setMessage("second").call();
            git.checkout().setName(git.getRepository().resolve("HEAD").name()).call();
        }
        String head = headId().abbreviate(7).name();

        assertThat(problems(SETTINGS)).containsExactly("HEAD is detached at " + head + "; releases are made from"
                + " branch main. Fix: git switch main, or in CI set devflow.release.branch to the branch"
                + " this checkout is.");
        assertThat(problems(SETTINGS.withExpectedBranch("main"))).isEmpty();

        try (Git git = Git.open(work.toFile())) {
            git.checkout().setName(first).call();
        }
        assertThat(problems(SETTINGS.withExpectedBranch("main"))).containsExactly("HEAD is detached at "
                + first.substring(0, 7) + ", which is not the tip of branch main. Fix: check out the tip of main,"
                + " or correct devflow.release.branch.");
    }

    @Test
    void mergeInProgress() throws Exception {
        Files.writeString(work.resolve(".git/MERGE_HEAD"), headId().name() + "\n");

        assertThat(problems(SETTINGS)).containsExactly("the repository is in the middle of an operation (Merged)."
                + " Fix: finish the merge (git commit) or abort it (git merge --abort).");
    }

    @Test
    void shallowClone() throws Exception {
        Files.writeString(work.resolve(".git/shallow"), headId().name() + "\n");

        assertThat(problems(SETTINGS)).containsExactly("this is a shallow clone: the history the release compares"
                + " against is missing. Fix: fetch the full history (git fetch --unshallow, or actions/checkout"
                + " with fetch-depth: 0).");
    }

    @Test
    void staleIndexLock() throws Exception {
        Path lock = Files.writeString(work.resolve(".git/index.lock"), "");

        assertThat(problems(SETTINGS)).containsExactly("git's index is locked by " + lock + ": another git command"
                + " is running, or one crashed and left the lock behind. Fix: wait for the other git command; if"
                + " none is running, delete " + lock + ".");
    }

    @Test
    void unfinishedRelease() throws Exception {
        Path journal = Files.writeString(work.resolve(".git/devflow-release.json"), "{}");

        assertThat(problems(SETTINGS)).containsExactly("an earlier release did not finish: its journal " + journal
                + " is still there. Fix: restore what it changed with mvn devflow:release"
                + " -Ddevflow.release.rollback.");
    }

    @Test
    void noIdentity() throws Exception {
        config.withoutIdentity();

        assertThat(problems(SETTINGS)).containsExactly(
                "git has no user.name configured for the release commit and tag. Fix: git config user.name"
                        + " \"Your Name\" (or git config --global user.name ...).",
                "git has no user.email configured for the release commit and tag. Fix: git config user.email"
                        + " you@example.com (or git config --global user.email ...).");
    }

    @Test
    void signingInAFormatDevflowCannotSignIn() throws Exception {
        config.set("commit", "gpgSign", "true").set("gpg", "format", "x509");

        assertThat(problems(SETTINGS)).containsExactly("git is configured to sign (commit.gpgSign=true) in the x509"
                + " format (gpg.format), which devflow cannot sign in: it signs with OpenPGP keys, through gpg. Fix:"
                + " sign with an OpenPGP key (git config gpg.format openpgp), or turn signing off for the release"
                + " (git config commit.gpgSign false) and sign afterwards with git.");
    }

    @Test
    void behindAndDivergedFromUpstreamButAheadIsFine() throws Exception {
        Path upstream = dir.resolve("upstream.git");
        Path clone = dir.resolve("clone");
        Git.cloneRepository().setBare(true).setURI(work.toUri().toString()).setDirectory(upstream.toFile()).call()
                .close();
        Git.cloneRepository().setURI(upstream.toUri().toString()).setDirectory(clone.toFile()).call().close();
        commitIn(work, "pom.xml", "<project>ahead</project>\n");
        try (Git git = Git.open(work.toFile())) {
            git.remoteAdd().setName("origin").setUri(new org.eclipse.jgit.transport.URIish(upstream.toUri().toString()))
                    .call();
            git.push().setRemote("origin").call();
        }

        assertThat(problems(SETTINGS.withFetch(true), clone)).containsExactly("branch main is 1 commit(s) behind"
                + " its upstream. Fix: bring it up to date (git pull --ff-only), then release.");
        commitIn(clone, "notes.txt", "local\n");
        assertThat(problems(SETTINGS, clone)).containsExactly("branch main is 1 commit(s) behind its upstream and"
                + " 1 ahead (the histories diverged). Fix: integrate the upstream commits (git pull --rebase), then"
                + " release.");
        try (Git git = Git.open(clone.toFile())) {
            git.pull().setRebase(true).call();
        }
        assertThat(problems(SETTINGS.withPush(true), clone)).isEmpty();
    }

    @Test
    void tagOnTheRemoteAndUnreachableRemote() throws Exception {
        Path upstream = dir.resolve("upstream.git");
        Path clone = dir.resolve("clone");
        try (Git bare = Git.cloneRepository().setBare(true).setURI(work.toUri().toString())
                .setDirectory(upstream.toFile()).call()) {
            bare.tag().setName("v1.2.0").setAnnotated(false).call();
        }
        Git.cloneRepository().setURI(upstream.toUri().toString()).setDirectory(clone.toFile()).setNoTags().call()
                .close();

        assertThat(problems(SETTINGS, clone)).isEmpty();
        assertThat(problems(SETTINGS.withPush(true), clone)).containsExactly("the tag v1.2.0 already exists on the"
                + " remote 'origin'. Fix: release another version, or delete the remote tag if it is a mistake"
                + " (git push --delete origin v1.2.0).");

        deleteRecursively(upstream);
        assertThat(problems(SETTINGS.withPush(true).withFetch(true), clone)).singleElement().asString()
                .startsWith("the remote 'origin' cannot be reached: ")
                .endsWith(" Fix: check the network and your credentials (git ls-remote origin), or turn pushing and"
                        + " fetching off.");
        assertThat(problems(SETTINGS.withPush(true).withRemote("upstream"), clone)).containsExactly("the remote"
                + " 'upstream' is not configured, but the release pushes there. Fix: git remote add upstream <url>,"
                + " or name the right remote, or turn pushing and fetching off.");
    }

    private List<String> problems(ReleaseGitSettings settings) {
        return problems(settings, work);
    }

    private static List<String> problems(ReleaseGitSettings settings, Path directory) {
        return new ReleaseReadiness(settings).check(directory).stream().map(ReadinessProblem::toString).toList();
    }

    private ObjectId headId() throws Exception {
        try (Git git = Git.open(work.toFile())) {
            return git.getRepository().resolve("HEAD");
        }
    }

    private static void commitIn(Path repository, String path, String text) throws Exception {
        Files.writeString(repository.resolve(path), text);
        try (Git git = Git.open(repository.toFile())) {
            git.add().addFilepattern(path).call();
            git.commit().setMessage("change " + path).call();
        }
    }

    private static void deleteRecursively(Path root) throws Exception {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
