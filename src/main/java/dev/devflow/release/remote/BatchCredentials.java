package dev.devflow.release.remote;

import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

import java.util.Optional;

/**
 * The answers of a build that nobody watches. An HTTPS remote gets the user and token from the
 * Maven settings, if any; every other question (trust this host key? the passphrase of that key?)
 * is answered "no" at once. Without it JGit would fall back to a default provider that may prompt
 * on a console, which hangs a CI job. One per command.
 */
final class BatchCredentials extends CredentialsProvider {

    private final Optional<CredentialsProvider> server;
    private volatile boolean refused;

    BatchCredentials(Optional<CredentialsProvider> server) {
        this.server = server;
    }

    @Override
    public boolean isInteractive() {
        return false;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        return !refused && server.isPresent() && server.get().supports(items);
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) {
        // JGit reads false as "the user declined": the host key is refused, the key skipped.
        return supports(items) && server.get().get(uri, items);
    }

    /**
     * JGit calls this when the remote refused what {@link #get} gave, and asks again, up to three
     * times, as if a user could type something else. The settings' credentials stay the same, so
     * they are not sent again: each refused login counts against the account on hosts that lock
     * it after a few (Bitbucket, Jira), and the command fails after one.
     */
    @Override
    public void reset(URIish uri) {
        refused = true;
    }
}
