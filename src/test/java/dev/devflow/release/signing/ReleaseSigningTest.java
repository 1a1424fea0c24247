package dev.devflow.release.signing;

import dev.devflow.release.ReadinessProblem;
import dev.devflow.release.ReleaseFailure;
import dev.devflow.release.ReleaseJournal;
import dev.devflow.release.ReleaseRecorder;
import dev.devflow.testing.CommandLine;
import dev.devflow.testing.GitFixture;
import dev.devflow.testing.GnupgHome;
import dev.devflow.testing.IsolatedGitConfig;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Signing with real keys made by GnuPG, signed by the gpg program as git signs, checked by C git:
 * what git's configuration asks, or a clear stop before anything changes.
 */
@Timeout(120) // a prompt for a passphrase would wait forever; the release must not ask
class ReleaseSigningTest {

    private static final String BOT = "Release Bot <bot@example.com>";
    private static final String RSA = "rsa2048";
    private static final String ED25519 = "ed25519";
    private static final String PASSPHRASE = "correct horse battery staple";
    private static final String NOTES = "Release 1.2.0\n\n### Added\n- a feature\n";

    @TempDir
    Path dir;

    private IsolatedGitConfig config;
    private GnupgHome gnupg;
    private Path work;
    private Git git;
    private ReleaseRecorder recorder;

    /** The two commits and the tag that a release records. */
    private record Recorded(RevCommit release, RevTag tag, RevCommit next) {
    }

    @BeforeAll
    static void needsGpg() {
        GnupgHome.assumeGpg();
    }

    @BeforeEach
    void createRepository() throws Exception {
        config = IsolatedGitConfig.install(Files.createDirectories(dir.resolve("home")));
        gnupg = GnupgHome.open();
        work = dir.resolve("work");
        try (GitFixture fixture = GitFixture.init(work)) {
            fixture.write("pom.xml", "<version>1.2.0-SNAPSHOT</version>\n").commit("start");
        }
        git = Git.open(work.toFile());
        recorder = new ReleaseRecorder(git, ReleaseJournal.begin(git.getRepository(), "origin"), false);
    }

    @AfterEach
    void close() throws Exception {
        git.close();
        gnupg.close();
        config.close();
    }

    /** ed25519 too: JGit's own signer made signatures for it under a fingerprint gpg could not find. */
    @ParameterizedTest
    @ValueSource(strings = {RSA, ED25519})
    void signsTheReleaseCommitsAndTagAsGitConfigAsksAndGitAcceptsThem(String algorithm) throws Exception {
        String key = gnupg.createKey(BOT, algorithm, "");
        config.set("commit", "gpgSign", "true").set("tag", "gpgSign", "true").set("user", "signingKey", key);

        assertThat(ReleaseSigning.problem(git.getRepository())).isEmpty();
        Recorded recorded = record();

        assertThat(recorded.release().getRawGpgSignature()).isNotNull();
        assertThat(recorded.next().getRawGpgSignature()).isNotNull();
        assertThat(recorded.tag().getRawGpgSignature()).isNotNull();
        assertThat(recorded.tag().getObject()).isEqualTo(recorded.release());
        assertSignedBy(key, "verify-commit", recorded.release().name());
        assertSignedBy(key, "verify-commit", recorded.next().name());
        assertSignedBy(key, "verify-tag", "v1.2.0");
        assertThat(gnupg.git(work, "cat-file", "tag", "v1.2.0").output())
                .contains("\n\n" + NOTES + "-----BEGIN PGP SIGNATURE-----");
    }

    @Test
    void forceSignAnnotatedSignsTheTagAsGitTagWithAMessageDoes() throws Exception {
        String key = gnupg.createKey(BOT, ED25519, "");
        config.set("tag", "forceSignAnnotated", "true").set("user", "signingKey", key);

        Recorded recorded = record();

        assertThat(recorded.release().getRawGpgSignature()).isNull();
        assertSignedBy(key, "verify-tag", "v1.2.0");
    }

    /** JGit's TagCommand signs with whatever signer it is given: the release gives none here. */
    @Test
    void signedCommitsLeaveTheTagUnsignedAsGitDoes() throws Exception {
        String key = gnupg.createKey(BOT, ED25519, "");
        config.set("commit", "gpgSign", "true").set("user", "signingKey", key);

        Recorded recorded = record();

        assertSignedBy(key, "verify-commit", recorded.release().name());
        assertThat(recorded.tag().getRawGpgSignature()).isNull();
    }

    /** git asks gpg for "Name <email>", the committer, which gpg finds among its keys' user IDs. */
    @Test
    void withoutSigningKeyTheKeyOfTheCommitterSigns() throws Exception {
        String key = gnupg.createKey("Release Tester <release@example.com>", ED25519, "");
        config.set("commit", "gpgSign", "true");

        assertSignedBy(key, "verify-commit", record().release().name());
    }

    @Test
    void aKeyThatDoesNotExistStopsTheReleaseBeforeAnyCommit() throws Exception {
        gnupg.createKey(BOT, ED25519, "");
        String missing = "0123456789ABCDEF0123456789ABCDEF01234567";
        config.set("commit", "gpgSign", "true").set("user", "signingKey", missing);
        ObjectId start = git.getRepository().resolve("HEAD");
        Files.writeString(work.resolve("pom.xml"), "<version>1.2.0</version>\n");

        String problem = "git is configured to sign (commit.gpgSign=true), but gpg could not sign with the key "
                + missing + ": gpg: skipped \"" + missing + "\": No secret key; gpg: signing failed: No secret key."
                + " Fix: set user.signingKey to a key that gpg --list-secret-keys shows, or turn signing off for the"
                + " release (git config commit.gpgSign false) and sign afterwards with git.";
        assertThat(ReleaseSigning.problem(git.getRepository())).map(ReadinessProblem::toString).hasValue(problem);
        assertThatThrownBy(() -> recorder.commit("Release v1.2.0", List.of("pom.xml")))
                .isInstanceOf(ReleaseFailure.class).hasMessage("Release step 'record': " + problem);
        assertThat(git.getRepository().resolve("HEAD")).isEqualTo(start);
    }

    /** gpg would start a pinentry and wait for someone to type; the release makes it fail at once. */
    @Test
    void aPassphraseThatGpgAgentDoesNotHoldStopsTheReleaseAtOnce() throws Exception {
        String key = gnupg.createKey(BOT, ED25519, PASSPHRASE);
        config.set("tag", "gpgSign", "true").set("user", "signingKey", key);
        Repository repository = git.getRepository();

        Optional<ReadinessProblem> problem = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> ReleaseSigning.problem(repository));

        assertThat(problem).map(ReadinessProblem::toString).hasValue("git is configured to sign (tag.gpgSign=true),"
                + " but the key " + key + " needs its passphrase (or its smartcard's PIN), which gpg-agent does not"
                + " hold, and the release does not let gpg ask for it: gpg: signing failed: No pinentry. Fix: unlock"
                + " the key in gpg-agent before the release (echo | gpg --clearsign --local-user '" + key + "' >"
                + " /dev/null asks once; the agent then holds the passphrase for its cache time; in CI,"
                + " gpg-preset-passphrase), or turn signing off for the release (git config tag.gpgSign false) and"
                + " sign afterwards with git.");
        RevCommit head = repository.parseCommit(repository.resolve("HEAD"));
        assertThatThrownBy(() -> recorder.tag("v1.2.0", NOTES, head)).isInstanceOf(ReleaseFailure.class)
                .hasMessageContaining("needs its passphrase");
        assertThat(repository.exactRef("refs/tags/v1.2.0")).isNull();
    }

    @Test
    void aPassphraseThatGpgAgentHoldsSignsAsForGitCommitS() throws Exception {
        String key = gnupg.createKey(BOT, ED25519, PASSPHRASE);
        gnupg.unlock(key, PASSPHRASE);
        config.set("commit", "gpgSign", "true").set("user", "signingKey", key);

        assertThat(ReleaseSigning.problem(git.getRepository())).isEmpty();
        assertSignedBy(key, "verify-commit", record().release().name());
    }

    @Test
    void aGpgProgramThatCannotBeRunIsNamed() throws Exception {
        String key = gnupg.createKey(BOT, ED25519, "");
        Path missing = dir.resolve("no-such-gpg");
        config.set("commit", "gpgSign", "true").set("user", "signingKey", key).set("gpg", "program",
                missing.toString());

        assertThat(ReleaseSigning.problem(git.getRepository())).map(ReadinessProblem::toString).hasValueSatisfying(
                problem -> assertThat(problem).startsWith("git is configured to sign (commit.gpgSign=true), but the"
                        + " gpg program " + missing + " (gpg.program) cannot be run: Cannot run program \"" + missing
                        + "\"").endsWith(" Fix: install GnuPG, or set gpg.program to the gpg that git commit -S runs"
                        + " (git config gpg.program /path/to/gpg), or turn signing off for the release (git config"
                        + " commit.gpgSign false) and sign afterwards with git."));
    }

    /** gpg.program is honoured, with git's arguments and the two that keep a release from waiting. */
    @Test
    void theConfiguredGpgProgramSignsWithGitsArguments() throws Exception {
        String key = gnupg.createKey(BOT, ED25519, "");
        Path arguments = dir.resolve("arguments");
        Path program = script("logging-gpg", "echo \"$@\" > '" + arguments + "'\nexec gpg \"$@\"");
        config.set("commit", "gpgSign", "true").set("user", "signingKey", key).set("gpg", "program",
                program.toString());

        assertSignedBy(key, "verify-commit", record().release().name());
        assertThat(Files.readString(arguments)).isEqualTo("--batch --pinentry-mode error --status-fd=2 -bsau " + key
                + "\n");
    }

    /** The trial passed, then gpg-agent dropped the passphrase: the commit fails with gpg's reason. */
    @Test
    void aSignatureRefusedAfterTheTrialFailsTheCommitWithGpgsReason() throws Exception {
        String key = gnupg.createKey(BOT, ED25519, "");
        Path calls = dir.resolve("calls");
        Path program = script("forgetful-gpg", "echo call >> '" + calls + "'\n"
                + "[ \"$(wc -l < '" + calls + "')\" -eq 1 ] && exec gpg \"$@\"\n"
                + "echo 'gpg: signing failed: No pinentry' >&2\n"
                + "echo '[GNUPG:] FAILURE sign 67108949' >&2\n"
                + "exit 2");
        config.set("commit", "gpgSign", "true").set("user", "signingKey", key).set("gpg", "program",
                program.toString());
        Files.writeString(work.resolve("pom.xml"), "<version>1.2.0</version>\n");

        assertThatThrownBy(() -> recorder.commit("Release v1.2.0", List.of("pom.xml")))
                .isInstanceOf(ReleaseFailure.class).hasMessage("Release step 'record': the commit 'Release v1.2.0'"
                        + " failed: the key " + key + " needs its passphrase (or its smartcard's PIN), which gpg-agent"
                        + " does not hold, and the release does not let gpg ask for it: gpg: signing failed: No"
                        + " pinentry. Fix: check the repository with git status; git commit shows the same problem.");
    }

    @Test
    void locatesTheKeysGpgHas() throws Exception {
        String key = gnupg.createKey(BOT, ED25519, "");
        GpgConfig gpgConfig = new GpgConfig(git.getRepository().getConfig());
        PersonIdent committer = new PersonIdent(git.getRepository());
        GpgProgramSigner signer = new GpgProgramSigner();

        assertThat(signer.canLocateSigningKey(git.getRepository(), gpgConfig, committer, key, null)).isTrue();
        assertThat(signer.canLocateSigningKey(git.getRepository(), gpgConfig, committer, "nobody@example.com", null))
                .isFalse();
    }

    @Test
    void aGpgThatDoesNotFinishIsStoppedAtTheLimit() throws Exception {
        Path program = script("waiting-gpg", "sleep 60");
        config.set("commit", "gpgSign", "true").set("gpg", "program", program.toString());
        GpgConfig gpgConfig = new GpgConfig(git.getRepository().getConfig());
        GpgProgramSigner signer = new GpgProgramSigner(Duration.ofSeconds(1));
        PersonIdent committer = new PersonIdent(git.getRepository());

        GpgSigningException refused = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> catchThrowableOfType(
                () -> signer.sign(git.getRepository(), gpgConfig, new byte[] {1}, committer, null, null),
                GpgSigningException.class));

        assertThat(refused.reason()).isEqualTo(GpgSigningException.Reason.TIMED_OUT);
        assertThat(refused).hasMessage(program + " (gpg.program) did not sign with the key Release Tester"
                + " <release@example.com> within 1 s, and was stopped.");
    }

    private Recorded record() throws Exception {
        Files.writeString(work.resolve("pom.xml"), "<version>1.2.0</version>\n");
        RevCommit release = recorder.commit("Release v1.2.0", List.of("pom.xml"));
        Ref tag = recorder.tag("v1.2.0", NOTES, release);
        Files.writeString(work.resolve("pom.xml"), "<version>1.2.1-SNAPSHOT</version>\n");
        RevCommit next = recorder.commit("Next development version 1.2.1-SNAPSHOT", List.of("pom.xml"));
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            return new Recorded(walk.parseCommit(release), walk.parseTag(tag.getObjectId()), walk.parseCommit(next));
        }
    }

    /** A shell script for gpg.program. */
    private Path script(String name, String body) throws Exception {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "gpg.program scripts are shell scripts");
        Path script = Files.writeString(dir.resolve(name), "#!/bin/sh\n" + body + "\n");
        assertThat(script.toFile().setExecutable(true)).isTrue();
        return script;
    }

    /** C git, with gpg and this test's keys, accepts the signature and names the key. */
    private void assertSignedBy(String key, String verify, String object) throws Exception {
        CommandLine.Result verified = gnupg.git(work, verify, "--raw", object);

        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("[GNUPG:] GOODSIG ").contains("[GNUPG:] VALIDSIG " + key + " ");
    }
}
