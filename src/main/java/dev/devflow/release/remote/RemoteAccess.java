package dev.devflow.release.remote;

import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
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
    private final Optional<ServerCredentials> server;
    private final SshSetup ssh;

    /**
     * @param remote the remote's name in the repository's configuration
     * @param server for an HTTPS remote: the Maven settings server's id, and its user and password
     *               or token; empty: none
     * @param ssh    where an SSH remote's config, known hosts, keys and agent are
     */
    public RemoteAccess(String remote, Optional<ServerCredentials> server, SshSetup ssh) {
        this.remote = Objects.requireNonNull(remote, "remote");
        this.server = Objects.requireNonNull(server, "server");
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
            return command.setCredentialsProvider(new BatchCredentials(server.map(ServerCredentials::provider)))
                    .setTimeout(TIMEOUT_SECONDS)
                    .setTransportConfigCallback(transport -> useSsh(transport, conversation))
                    .call();
        } catch (GitAPIException | RuntimeException e) {
            throw conversation.explain(e)
                    .or(() -> HttpRefusal.explain(e, server.map(ServerCredentials::serverId)))
                    .orElseGet(() -> RemoteFailure.of(e));
        } finally {
            conversation.close();
        }
    }

    /**
     * Set on the transport rather than JGit-wide: nothing else in Maven's JVM changes. The
     * settings' server credentials are for HTTPS: an SSH server that takes passwords must not be
     * sent them, so over SSH every question is answered "no" (keys and the agent log in).
     */
    private static void useSsh(Transport transport, SshConversation conversation) {
        if (transport instanceof SshTransport sshTransport) {
            sshTransport.setSshSessionFactory(conversation);
            sshTransport.setCredentialsProvider(new BatchCredentials(Optional.empty()));
        }
    }
}
