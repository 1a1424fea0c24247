package dev.devflow.release;

import dev.devflow.release.remote.RemoteAccess;
import dev.devflow.release.remote.ServerCredentials;
import dev.devflow.release.remote.SshSetup;
import dev.devflow.testing.HttpGitServer;
import dev.devflow.testing.IsolatedGitConfig;
import dev.devflow.testing.SelfSignedTls;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The release push and readiness over HTTP and HTTPS against C git's own smart-HTTP server (git
 * http-backend) behind HTTP Basic auth, with the credentials of a Maven settings server, as
 * {@code devflow.release.serverId} gives them. The test's git configuration keeps the user's
 * http settings out. A refused login must fail once, at once, naming the server to correct,
 * and leave the remote as it was; the timeout catches a retry loop or a prompt.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReleasePushOverHttpTest {

    private static final String USER = "release";
    private static final String PASSWORD = "s3cret-t0ken";
    private static final String SERVER_ID = "github";

    @TempDir
    static Path tlsFolder;

    /** keytool takes a second or two: one certificate serves every test. */
    private static SSLContext tls;

    @TempDir
    Path dir;

    private IsolatedGitConfig config;
    private Path upstream;
    private ObjectId upstreamMain;
    private HttpGitServer server;
    private Git git;
    private ReleaseJournal journal;

    @BeforeAll
    static void makeCertificate() throws Exception {
        tls = SelfSignedTls.serverContext(tlsFolder);
    }

    @BeforeEach
    void startServerAndRelease() throws Exception {
        config = IsolatedGitConfig.install(Files.createDirectories(dir.resolve("git-home")));
        upstream = PushFixture.bareUpstream(dir, dir.resolve("repos/upstream.git"));
        HttpGitServer.allowPushes(upstream, true);
        upstreamMain = PushFixture.resolve(upstream, "refs/heads/main");
        server = HttpGitServer.start(upstream.getParent(), USER, PASSWORD);
        git = cloneOverHttp("work");
        journal = ReleaseJournal.begin(git.getRepository(), "origin");
        PushFixture.recordRelease(git, journal);
    }

    @AfterEach
    void stop() throws Exception {
        git.close();
        server.close();
        config.close();
    }

    @Test
    void pushesTheBranchAndTheTagWithTheServerCredentials() throws Exception {
        push(Optional.of(credentials(PASSWORD)));

        PushFixture.assertPushed(git, upstream);
        assertThat(server.wrongPasswords()).isZero();
    }

    @Test
    void aWrongPasswordIsSentOnceAndTheFailureNamesTheServerToCorrect() throws Exception {
        String url = server.url("upstream.git");

        assertThatThrownBy(() -> push(Optional.of(credentials("expired-token"))))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessageStartingWith("Release step 'push': the push to 'origin' did not start: " + url
                        + ": not authorized: the remote refused the username and password of the Maven settings"
                        + " <server> 'github' (devflow.release.serverId). The remote has neither main nor v1.2.0.")
                .hasMessageContaining("Fix: correct the <username> and <password> of <server> 'github' in"
                        + " settings.xml; where the host takes tokens (GitHub, GitLab, Bitbucket), the password is"
                        + " a token that may write to the repository. Then release again.")
                .message().doesNotContain("expired-token");
        assertThat(server.wrongPasswords()).as("tries of the wrong password").isOne();
        assertThat(server.gitRequests()).as("requests that reached git").isZero();
        assertNothingPushed();
    }

    @Test
    void withoutCredentialsTheFailureSaysToNameAServer() throws Exception {
        assertThatThrownBy(() -> push(Optional.empty()))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessageContaining("did not start: " + server.url("upstream.git") + ": not authorized: the"
                        + " remote asks for a login, and devflow.release.serverId names no Maven settings <server>"
                        + " to log in with.")
                .hasMessageContaining("Fix: add a <server> with your <username> and <password> (or a token) to"
                        + " settings.xml and name it with -Ddevflow.release.serverId=<its id>");
        assertThat(server.gitRequests()).isZero();
        assertNothingPushed();
    }

    /** Hosts answer 403 to a login that may read but not write, such as a read-only token. */
    @Test
    void aLoginThatMayOnlyReadIsToldToGetWriteAccess() throws Exception {
        HttpGitServer.allowPushes(upstream, false);

        assertThatThrownBy(() -> push(Optional.of(credentials(PASSWORD))))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessageContaining("did not start: ")
                .hasMessageContaining("the remote accepts the login of <server> 'github' for reading, not for"
                        + " pushing.")
                .hasMessageContaining("Fix: give the login of <server> 'github' write access to the repository");
        assertNothingPushed();
    }

    /**
     * JGit has no http.sslCAInfo; a self-signed host is reached by git's per-URL http.sslVerify,
     * which JGit honours for that URL alone, nothing JVM-wide.
     */
    @Test
    void pushesOverHttpsWithTheServerCredentials() throws Exception {
        try (HttpGitServer https = startHttps()) {
            useRemoteUrl(https.url("upstream.git"));
            git.getRepository().getConfig().setBoolean("http", https.url(""), "sslVerify", false);
            git.getRepository().getConfig().save();

            push(Optional.of(credentials(PASSWORD)));

            assertThat(https.wrongPasswords()).isZero();
        }
        PushFixture.assertPushed(git, upstream);
    }

    @Test
    void anUntrustedCertificateFailsWithoutAskingAndSaysHowToTrustIt() throws Exception {
        try (HttpGitServer https = startHttps()) {
            useRemoteUrl(https.url("upstream.git"));

            String url = https.url("upstream.git");

            assertThatThrownBy(() -> push(Optional.of(credentials(PASSWORD))))
                    .isInstanceOf(ReleaseFailure.class)
                    .hasMessageStartingWith("Release step 'push': the push to 'origin' did not start: " + url
                            + ": Secure connection to " + url + " could not be established because of SSL problems:"
                            + " TLS reported PKIX path building failed")
                    .hasMessageContaining("A batch build does not ask whether to trust the host's certificate."
                            + " The remote has neither main nor v1.2.0.")
                    .hasMessageContaining("Fix: make Maven's JVM trust it: import the CA that signed it (keytool"
                            + " -importcert) into a copy of the JDK's cacerts and name that in MAVEN_OPTS or"
                            + " .mvn/jvm.config: -Djavax.net.ssl.trustStore=<file>");
            assertThat(https.gitRequests() + https.anonymousRequests()).as("requests after the handshake").isZero();
        }
        assertNothingPushed();
    }

    /** With push on, readiness asks the remote for the tag (ls-remote), and fetches first when told. */
    @Test
    void readinessFetchesAndFindsTheTagOnTheRemoteWithTheServerCredentials() throws Exception {
        Path checkout = checkout();
        tagUpstream("v1.1.0");
        ReleaseGitSettings settings = ReleaseGitSettings.forTag("v1.1.0").withPush(true).withFetch(true)
                .withCredentials(credentials(PASSWORD)).withSsh(SshSetup.in(dir.resolve("no-home")));

        assertThat(new ReleaseReadiness(settings).check(checkout)).singleElement().satisfies(problem ->
                assertThat(problem.message()).isEqualTo("the tag v1.1.0 already exists on the remote 'origin'."));
        try (Git fetched = Git.open(checkout.toFile())) {
            assertThat(fetched.getRepository().resolve("refs/tags/v1.1.0")).as("fetched").isNotNull();
        }
        assertThat(new ReleaseReadiness(settings.withTagName("v1.3.0")).check(checkout)).isEmpty();
        assertThat(server.gitRequests()).as("fetch and ls-remote reached git").isPositive();
        assertThat(server.wrongPasswords()).isZero();
    }

    @Test
    void readinessReportsAWrongPasswordBeforeAnythingChanges() throws Exception {
        Path checkout = checkout();
        ReleaseGitSettings settings = ReleaseGitSettings.forTag("v1.3.0").withPush(true)
                .withCredentials(credentials("expired-token"));

        assertThat(new ReleaseReadiness(settings).check(checkout)).singleElement().satisfies(problem -> {
            assertThat(problem.message()).isEqualTo("the remote 'origin' cannot be reached: "
                    + server.url("upstream.git") + ": not authorized: the remote refused the username and password"
                    + " of the Maven settings <server> 'github' (devflow.release.serverId).");
            assertThat(problem.fix()).startsWith("correct the <username> and <password> of <server> 'github'");
        });
        assertThat(server.gitRequests()).isZero();
    }

    private static ServerCredentials credentials(String password) {
        return ServerCredentials.of(SERVER_ID, USER, password);
    }

    private void push(Optional<ServerCredentials> credentials) throws ReleaseFailure {
        new ReleasePush(git, journal, new RemoteAccess("origin", credentials, SshSetup.in(dir.resolve("no-home"))))
                .push("main", "v1.2.0");
    }

    /** Cloned from the folder (the server needs no part in it), then origin is the server's URL. */
    private Git cloneOverHttp(String folder) throws Exception {
        Git clone = Git.cloneRepository().setURI(upstream.toUri().toString()).setDirectory(dir.resolve(folder).toFile())
                .call();
        clone.getRepository().getConfig().setString("remote", "origin", "url", server.url("upstream.git"));
        clone.getRepository().getConfig().save();
        return clone;
    }

    private HttpGitServer startHttps() throws Exception {
        return HttpGitServer.startHttps(upstream.getParent(), USER, PASSWORD, tls);
    }

    private void useRemoteUrl(String url) throws Exception {
        git.getRepository().getConfig().setString("remote", "origin", "url", url);
        git.getRepository().getConfig().save();
    }

    /** A clone with no release under way, for readiness. */
    private Path checkout() throws Exception {
        try (Git clone = cloneOverHttp("checkout")) {
            return clone.getRepository().getWorkTree().toPath();
        }
    }

    private void tagUpstream(String tag) throws Exception {
        try (Git remote = Git.open(upstream.toFile())) {
            remote.tag().setName(tag).setMessage("released before").setAnnotated(true).call();
        }
    }

    private void assertNothingPushed() throws Exception {
        PushFixture.assertNothingPushed(git, upstream, upstreamMain);
    }

}
