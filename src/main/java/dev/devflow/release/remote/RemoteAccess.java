package dev.devflow.release.remote;

import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;

import java.util.Objects;
import java.util.Optional;

/**
 * How the release talks to its remote, whatever the URL: file, HTTPS with the credentials from
 * the Maven settings, or SSH as the user's ssh would (see {@link SshSetup}). Nothing prompts and
 * nothing waits longer than {@value #TIMEOUT_SECONDS} seconds for the remote, so a batch build
 * fails with a sentence instead of hanging.
 */
public final class RemoteAccess {

    /** Seconds to wait for the remote; a hanging remote must not hang the release. */
    static final int TIMEOUT_SECONDS = 30;

    private final String remote;
    private final Optional<CredentialsProvider> serverCredentials;
    private final SshSetup ssh;

    /**
     * @param remote            the remote's name in the repository's configuration
     * @param serverCredentials for an HTTPS remote: user and password or token; empty: none
     * @param ssh               where an SSH remote's config, known hosts, keys and agent are
     */
    public RemoteAccess(String remote, Optional<CredentialsProvider> serverCredentials, SshSetup ssh) {
        this.remote = Objects.requireNonNull(remote, "remote");
        this.serverCredentials = Objects.requireNonNull(serverCredentials, "serverCredentials");
        this.ssh = Objects.requireNonNull(ssh, "ssh");
    }

    /** A local or HTTPS remote without credentials, or an SSH remote as the user's ssh reaches it. */
    public static RemoteAccess to(String remote) {
        return new RemoteAccess(remote, Optional.empty(), SshSetup.ofUser());
    }

    public String remote() {
        return remote;
    }

    /**
     * Runs a fetch, ls-remote or push whose remote is already set. Its own transport settings
     * are replaced: the credentials, the timeout, and for SSH the session factory.
     */
    public <C extends TransportCommand<C, T>, T> T call(C command) throws RemoteFailure {
        SshConversation conversation = new SshConversation(ssh);
        try {
            return command.setCredentialsProvider(new BatchCredentials(serverCredentials))
                    .setTimeout(TIMEOUT_SECONDS)
                    .setTransportConfigCallback(transport -> useSsh(transport, conversation))
                    .call();
        } catch (GitAPIException | RuntimeException e) {
            throw conversation.explain(e).orElseGet(() -> RemoteFailure.of(e));
        } finally {
            conversation.close();
        }
    }

    /** Set on the transport rather than JGit-wide: nothing else in Maven's JVM changes. */
    private static void useSsh(Transport transport, SshConversation conversation) {
        if (transport instanceof SshTransport sshTransport) {
            sshTransport.setSshSessionFactory(conversation);
        }
    }
}
