package dev.devflow.release;

import dev.devflow.release.remote.RemoteAccess;
import dev.devflow.release.remote.SshSetup;
import dev.devflow.testing.IsolatedGitConfig;
import dev.devflow.testing.SshGitServer;
import dev.devflow.testing.SshKeys;
import dev.devflow.testing.TestSshAgent;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The release push over SSH against a real SSH git server on loopback, with keys made for the
 * test and a home of the test's own: the user's ~/.ssh and ssh-agent are never touched. A
 * refused connection must fail at once with what to do; the timeout catches a prompt that waits.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReleasePushOverSshTest {

    @TempDir
    Path dir;

    private IsolatedGitConfig config;
    private Path upstream;
    private ObjectId upstreamMain;
    private Git git;
    private ReleaseJournal journal;
    private KeyPair userKey;
    private SshGitServer server;
    private Path home;
    private Path ssh;

    @BeforeEach
    void startServerAndRelease() throws Exception {
        config = IsolatedGitConfig.install(Files.createDirectories(dir.resolve("git-home")));
        upstream = PushFixture.bareUpstream(dir, dir.resolve("upstream.git"));
        upstreamMain = PushFixture.resolve(upstream, "refs/heads/main");
        userKey = SshKeys.generate();
        server = SshGitServer.start(upstream, SshKeys.generate(), userKey.getPublic());
        home = dir.resolve("home");
        ssh = Files.createDirectories(home.resolve(".ssh"));
        git = Git.cloneRepository().setURI(upstream.toUri().toString()).setDirectory(dir.resolve("work").toFile())
                .call();
        useRemoteUrl(server.url());
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
    void pushesTheBranchAndTheTagWithTheDefaultIdentityFile() throws Exception {
        trustServer();
        SshKeys.writeIdentity(ssh.resolve("id_ed25519"), userKey);

        push(SshSetup.in(home));

        PushFixture.assertPushed(git, upstream);
    }

    /** The form most remotes have, git@host:path, through a Host entry with its own deploy key. */
    @Test
    void anScpLikeRemoteReachesTheHostAndKeyThatSshConfigNames() throws Exception {
        trustServer();
        SshKeys.writeIdentity(ssh.resolve("release_deploy_key"), userKey);
        Files.writeString(ssh.resolve("config"), "Host release-host\n  HostName 127.0.0.1\n  Port " + server.port()
                + "\n  IdentityFile ~/.ssh/release_deploy_key\n  IdentitiesOnly yes\n");
        useRemoteUrl("git@release-host:upstream.git");

        push(SshSetup.in(home));

        PushFixture.assertPushed(git, upstream);
    }

    @Test
    void anUnknownHostIsRefusedWithTheCommandThatTrustsIt() throws Exception {
        SshKeys.writeIdentity(ssh.resolve("id_ed25519"), userKey);
        String knownHosts = ssh.resolve("known_hosts").toString();
        int port = server.port();

        assertThatThrownBy(() -> push(SshSetup.in(home)))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessageStartingWith("Release step 'push': the push to 'origin' did not start: the SSH host"
                        + " 127.0.0.1 (port " + port + ") is unknown: " + knownHosts + " has no key for it, and a"
                        + " batch build cannot ask whether to trust the ssh-ed25519 key "
                        + KeyUtils.getFingerPrint(server.hostKey().getPublic()) + " it offers. The remote has"
                        + " neither main nor v1.2.0.")
                .hasMessageContaining("Fix: check that fingerprint against the one the host's operator publishes,"
                        + " then add the host: ssh-keyscan -p " + port + " 127.0.0.1 >> " + knownHosts
                        + ", or connect once with ssh -p " + port + " git@127.0.0.1 and accept the key.");
        assertNothingPushed();
        assertThat(ssh.resolve("known_hosts")).as("never trusted silently").doesNotExist();
    }

    @Test
    void aChangedHostKeyIsRefused() throws Exception {
        Files.writeString(ssh.resolve("known_hosts"),
                SshKeys.knownHostsLine(SshGitServer.HOST, server.port(), SshKeys.generate()));
        SshKeys.writeIdentity(ssh.resolve("id_ed25519"), userKey);

        assertThatThrownBy(() -> push(SshSetup.in(home)))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessageContaining(", not the key " + ssh.resolve("known_hosts") + " has for it: either"
                        + " the host's key changed, or someone is in between.")
                .hasMessageContaining("ssh-keygen -R '[127.0.0.1]:" + server.port() + "'");
        assertNothingPushed();
    }

    /** StrictHostKeyChecking is the user's choice; accept-new trusts a first key and records it, as ssh does. */
    @Test
    void sshConfigDecidesHowStrictHostKeysAreChecked() throws Exception {
        Files.writeString(ssh.resolve("config"), "Host 127.0.0.1\n  StrictHostKeyChecking accept-new\n");
        Files.writeString(ssh.resolve("known_hosts"), "");
        SshKeys.writeIdentity(ssh.resolve("id_ed25519"), userKey);

        push(SshSetup.in(home));

        PushFixture.assertPushed(git, upstream);
        assertThat(Files.readString(ssh.resolve("known_hosts"))).contains("[127.0.0.1]:" + server.port());
    }

    @Test
    void aKeyWithAPassphraseIsSkippedAndNamed() throws Exception {
        trustServer();
        Path key = SshKeys.writeEncryptedIdentity(ssh.resolve("id_ed25519"), userKey, "secret");

        assertThatThrownBy(() -> push(SshSetup.in(home)))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessageContaining("did not start: no SSH key got in: " + key + " needs a passphrase, which a"
                        + " batch build cannot ask for.")
                .hasMessageContaining("Fix: load the key into ssh-agent before the build (ssh-add " + key + "), or"
                        + " give the release a key without a passphrase");
        assertNothingPushed();
    }

    @Test
    void theSshAgentLogsInWhereTheKeyFileNeedsAPassphrase() throws Exception {
        trustServer();
        SshKeys.writeEncryptedIdentity(ssh.resolve("id_ed25519"), userKey, "secret");
        KeyPair agentKey = SshKeys.generateEcdsa();
        server.authorize(agentKey.getPublic());
        try (TestSshAgent agent = TestSshAgent.start(dir.resolve("agent.sock")).add(agentKey)) {

            push(SshSetup.in(home).withAgent(agent.socket()));
        }

        PushFixture.assertPushed(git, upstream);
    }

    @Test
    void theAgentNamedByIdentityAgentInSshConfigIsUsed() throws Exception {
        trustServer();
        KeyPair agentKey = SshKeys.generateEcdsa();
        server.authorize(agentKey.getPublic());
        try (TestSshAgent agent = TestSshAgent.start(dir.resolve("agent.sock")).add(agentKey)) {
            Files.writeString(ssh.resolve("config"), "Host *\n  IdentityAgent " + agent.socket() + "\n");

            push(SshSetup.in(home));
        }

        PushFixture.assertPushed(git, upstream);
    }

    @Test
    void aKeyTheHostDoesNotKnowIsALoginFailure() throws Exception {
        trustServer();
        SshKeys.writeIdentity(ssh.resolve("id_ed25519"), SshKeys.generate());

        assertThatThrownBy(() -> push(SshSetup.in(home)))
                .isInstanceOf(ReleaseFailure.class)
                .hasMessageContaining("did not start: no SSH key got in: " + server.url() + ": ")
                .hasMessageContaining("Fix: offer a key the remote knows: load it into ssh-agent (ssh-add)");
        assertNothingPushed();
    }

    /** With push on, readiness asks the remote for the tag: an unknown host stops the release before any change. */
    @Test
    void readinessReportsAnUnknownHostBeforeAnythingChanges() throws Exception {
        ReleaseGitSettings settings = ReleaseGitSettings.forTag("v1.3.0").withPush(true).withSsh(SshSetup.in(home));

        List<ReadinessProblem> problems = new ReleaseReadiness(settings).check(dir.resolve("work"));

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.message()).startsWith("the remote 'origin' cannot be reached: the SSH host 127.0.0.1"
                    + " (port " + server.port() + ") is unknown");
            assertThat(problem.fix()).contains("ssh-keyscan -p " + server.port() + " 127.0.0.1 >> ");
        });
        assertThat(server.gitCommands()).isZero();
    }

    private void push(SshSetup setup) throws ReleaseFailure {
        new ReleasePush(git, journal, new RemoteAccess("origin", Optional.empty(), setup)).push("main", "v1.2.0");
    }

    private void useRemoteUrl(String url) throws Exception {
        git.getRepository().getConfig().setString("remote", "origin", "url", url);
        git.getRepository().getConfig().save();
    }

    private void trustServer() throws Exception {
        Files.writeString(ssh.resolve("known_hosts"),
                SshKeys.knownHostsLine(SshGitServer.HOST, server.port(), server.hostKey()));
    }

    private void assertNothingPushed() throws Exception {
        assertThat(server.gitCommands()).as("git commands the server ran").isZero();
        PushFixture.assertNothingPushed(git, upstream, upstreamMain);
    }

}
