package dev.devflow.release;

import dev.devflow.testing.CommandLine;
import dev.devflow.testing.GitFixture;
import dev.devflow.testing.GnupgHome;
import dev.devflow.testing.IsolatedGitConfig;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signing with real keys made by GnuPG, checked by C git: what git's configuration asks, or a clear stop. */
@Timeout(120) // a prompt for a passphrase would wait forever; the release must not ask
class ReleaseSigningTest {

    private static final String BOT = "Release Bot <bot@example.com>";
    private static final String RSA = "rsa2048";
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

    @Test
    void signsTheReleaseCommitsAndTagAsGitConfigAsksAndGitAcceptsThem() throws Exception {
        String key = gnupg.createKey(BOT, RSA, "");
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
        String key = gnupg.createKey(BOT, RSA, "");
        config.set("tag", "forceSignAnnotated", "true").set("user", "signingKey", key);

        Recorded recorded = record();

        assertThat(recorded.release().getRawGpgSignature()).isNull();
        assertSignedBy(key, "verify-tag", "v1.2.0");
    }

    @Test
    void withoutSigningKeyTheKeyOfTheCommittersEmailSigns() throws Exception {
        String key = gnupg.createKey("Release Tester <release@example.com>", RSA, "");
        config.set("commit", "gpgSign", "true");

        assertSignedBy(key, "verify-commit", record().release().name());
    }

    @Test
    void aKeyThatDoesNotExistStopsTheReleaseBeforeAnyCommit() throws Exception {
        gnupg.createKey(BOT, RSA, "");
        String missing = "0123456789ABCDEF0123456789ABCDEF01234567";
        config.set("commit", "gpgSign", "true").set("user", "signingKey", missing);
        ObjectId start = git.getRepository().resolve("HEAD");
        Files.writeString(work.resolve("pom.xml"), "<version>1.2.0</version>\n");

        String problem = "git is configured to sign (commit.gpgSign=true), but the signing key " + missing
                + " cannot sign: Unable to find a public-key with key or user id: " + missing + ". Fix: set"
                + " user.signingKey to a key that gpg --list-secret-keys shows (devflow reads the keys in $GNUPGHOME,"
                + " else ~/.gnupg), or turn signing off for the release (git config commit.gpgSign false) and sign"
                + " afterwards with git.";
        assertThat(ReleaseSigning.problem(git.getRepository())).map(ReadinessProblem::toString).hasValue(problem);
        assertThatThrownBy(() -> recorder.commit("Release v1.2.0", List.of("pom.xml")))
                .isInstanceOf(ReleaseFailure.class).hasMessage("Release step 'record': " + problem);
        assertThat(git.getRepository().resolve("HEAD")).isEqualTo(start);
    }

    @Test
    void aKeyWithAPassphraseIsAProblemInsteadOfAPrompt() throws Exception {
        String key = gnupg.createKey(BOT, RSA, "correct horse battery staple");
        config.set("tag", "gpgSign", "true").set("user", "signingKey", key);
        Repository repository = git.getRepository();

        assertThat(ReleaseSigning.problem(repository)).map(ReadinessProblem::toString).hasValue("git is configured"
                + " to sign (tag.gpgSign=true), but the signing key " + key + " is protected by a passphrase, and the"
                + " release cannot ask for it: devflow signs with GnuPG's key files itself, not through gpg-agent."
                + " Fix: sign releases with a key (or signing subkey) without a passphrase, or turn signing off for"
                + " the release (git config tag.gpgSign false) and sign afterwards with git.");
        RevCommit head = repository.parseCommit(repository.resolve("HEAD"));
        assertThatThrownBy(() -> recorder.tag("v1.2.0", NOTES, head)).isInstanceOf(ReleaseFailure.class)
                .hasMessageContaining("is protected by a passphrase");
        assertThat(repository.exactRef("refs/tags/v1.2.0")).isNull();
    }

    /**
     * JGit 7.8 signs with an ed25519 key under a fingerprint computed with the signing time as the
     * key's creation time; gpg then cannot find the key. This fails when JGit gets it right.
     */
    @Test
    void anEd25519KeyIsAProblemSinceJGitSignsUnderAForeignFingerprint() throws Exception {
        String key = gnupg.createKey(BOT, "ed25519", "");
        config.set("commit", "gpgSign", "true").set("user", "signingKey", key);

        assertThat(ReleaseSigning.problem(git.getRepository())).map(ReadinessProblem::toString).hasValue("git is"
                + " configured to sign (commit.gpgSign=true), but JGit signs with the key " + key + " under a"
                + " fingerprint that is not the key's, so git verify-commit and verify-tag would answer \"No public"
                + " key\" (JGit's OpenPGP signer does this with ed25519 keys). Fix: sign releases with an RSA key (or"
                + " RSA signing subkey), or turn signing off for the release (git config commit.gpgSign false) and"
                + " sign afterwards with git.");
        RevCommit signed = git.commit().setMessage("signed by JGit").setAllowEmpty(true).call();
        assertThat(gnupg.git(work, "verify-commit", "--raw", signed.name()).output()).contains("[GNUPG:] NO_PUBKEY ");
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

    /** C git, with gpg and this test's keys, accepts the signature and names the key. */
    private void assertSignedBy(String key, String verify, String object) throws Exception {
        CommandLine.Result verified = gnupg.git(work, verify, "--raw", object);

        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("[GNUPG:] GOODSIG ").contains("[GNUPG:] VALIDSIG " + key + " ");
    }
}
