package dev.devflow.release.remote;

import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.SshException;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.DefaultProxyDataFactory;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.KeyPasswordProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.agent.ConnectorFactory;

import java.io.File;
import java.net.InetSocketAddress;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * JGit's Apache MINA sshd transport set up as the user's ssh is: ~/.ssh/config, the known_hosts
 * files with StrictHostKeyChecking as configured, the default identity files and ssh-agent. It
 * asks nothing (see {@link BatchCredentials}): an unknown host key is refused, a key that needs
 * a passphrase is skipped, as {@code ssh -o BatchMode=yes} does. What was refused is kept, so
 * the failure can say what to do. One per command: its sessions end with {@link #close()}.
 */
final class SshConversation extends SshdSessionFactory {

    private final SshSetup setup;
    private final AtomicReference<HostKeyRefusal> refusedHostKey = new AtomicReference<>();
    private final Set<String> keysNeedingPassphrase = new ConcurrentSkipListSet<>();

    SshConversation(SshSetup setup) {
        super(new JGitKeyCache(), new DefaultProxyDataFactory());
        this.setup = setup;
        setHomeDirectory(setup.home().toFile());
        setSshDirectory(setup.sshDirectory().toFile());
    }

    @Override
    protected ServerKeyDatabase createServerKeyDatabase(File homeDir, File sshDir) {
        return new RefusalRecorder(super.createServerKeyDatabase(homeDir, sshDir));
    }

    @Override
    protected KeyPasswordProvider createKeyPasswordProvider(CredentialsProvider provider) {
        return new NoPassphrases();
    }

    @Override
    protected ConnectorFactory getConnectorFactory() {
        return new AgentSockets(setup.agentSocket());
    }

    /** The failure and its fix where SSH said no; empty when the cause lies elsewhere. */
    Optional<RemoteFailure> explain(Exception failure) {
        HostKeyRefusal refusal = refusedHostKey.get();
        if (refusal != null) {
            return Optional.of(refusal.failure(failure));
        }
        if (!loginRefused(failure)) {
            return Optional.empty();
        }
        if (!keysNeedingPassphrase.isEmpty()) {
            return Optional.of(new RemoteFailure("no SSH key got in: " + String.join(", ", keysNeedingPassphrase)
                    + (keysNeedingPassphrase.size() == 1 ? " needs" : " need") + " a passphrase, which a batch build"
                    + " cannot ask for.", Optional.of("load the key into ssh-agent before the build (ssh-add "
                    + keysNeedingPassphrase.iterator().next() + "), or give the release a key without a passphrase,"
                    + " such as a deploy key with write access (IdentityFile in ~/.ssh/config)."), true, failure));
        }
        return Optional.of(new RemoteFailure("no SSH key got in: " + failure.getMessage(),
                Optional.of("offer a key the remote knows: load it into ssh-agent (ssh-add), put it where ssh"
                        + " looks (~/.ssh/id_ed25519, or IdentityFile in ~/.ssh/config); in CI a deploy key with"
                        + " write access. ssh -T with the remote's user and host shows what the host says."),
                true, failure));
    }

    /** sshd ends a refused login with "no more authentication methods"; JGit keeps it as the cause. */
    private static boolean loginRefused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SshException ssh
                    && ssh.getDisconnectCode() == SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE) {
                return true;
            }
        }
        return false;
    }

    /** JGit's OpenSSH known_hosts check, unchanged; only its refusals are noted. */
    private final class RefusalRecorder implements ServerKeyDatabase {

        private final ServerKeyDatabase known;

        RefusalRecorder(ServerKeyDatabase known) {
            this.known = known;
        }

        @Override
        public List<PublicKey> lookup(String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
            return known.lookup(connectAddress, remoteAddress, config);
        }

        @Override
        public boolean accept(String connectAddress, InetSocketAddress remoteAddress, PublicKey serverKey,
                              Configuration config, CredentialsProvider provider) {
            boolean accepted = known.accept(connectAddress, remoteAddress, serverKey, config, provider);
            if (!accepted) {
                boolean changed = !known.lookup(connectAddress, remoteAddress, config).isEmpty();
                refusedHostKey.set(new HostKeyRefusal(hostOf(connectAddress), remoteAddress.getPort(),
                        config.getUsername(), serverKey, changed, knownHostsFile(config)));
            }
            return accepted;
        }

        /** The connect address is known_hosts' name for the host: host, or [host]:port off port 22. */
        private static String hostOf(String connectAddress) {
            return connectAddress.startsWith("[") ? connectAddress.substring(1, connectAddress.indexOf(']'))
                    : connectAddress;
        }

        private String knownHostsFile(Configuration config) {
            List<String> configured = config.getUserKnownHostsFiles();
            return configured == null || configured.isEmpty()
                    ? setup.sshDirectory().resolve("known_hosts").toString() : configured.get(0);
        }
    }

    /** A batch build has no passphrase to give: the key is skipped, and named if no other key gets in. */
    private final class NoPassphrases implements KeyPasswordProvider {

        @Override
        public char[] getPassphrase(URIish key, int attempt) {
            keysNeedingPassphrase.add(key.getPath() != null ? key.getPath() : key.toString());
            return null;
        }

        @Override
        public void setAttempts(int maxNumberOfAttempts) {
            // never asks, so never again
        }

        @Override
        public boolean keyLoaded(URIish key, int attempt, Exception error) {
            return false;
        }
    }
}
