package dev.devflow.release.remote;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

import java.util.Objects;

/**
 * The username and password (or token) of a Maven settings {@code <server>}, which an HTTPS
 * remote gets when it asks for a login, and the server's id: a refused login names it, so the
 * user knows which entry of settings.xml to correct.
 *
 * @param serverId the {@code <id>} of the server in the Maven settings
 * @param provider answers JGit's questions for the username and the password
 */
public record ServerCredentials(String serverId, CredentialsProvider provider) {

    public ServerCredentials {
        Objects.requireNonNull(serverId, "serverId");
        Objects.requireNonNull(provider, "provider");
    }

    /** A missing username or password is sent empty, as git does; the remote then refuses the login. */
    public static ServerCredentials of(String serverId, String username, String password) {
        return new ServerCredentials(serverId, new UsernamePasswordCredentialsProvider(
                username == null ? "" : username, password == null ? "" : password));
    }
}
