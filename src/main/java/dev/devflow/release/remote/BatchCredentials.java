package dev.devflow.release.remote;

import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

import java.util.Optional;

/**
 * The answers of a build that nobody watches. An HTTPS remote gets the user and token from the
 * Maven settings, if any; every other question (trust this host key? the passphrase of that key?)
 * is answered "no" at once. Without it JGit would fall back to a default provider that may prompt
 * on a console, which hangs a CI job.
 */
final class BatchCredentials extends CredentialsProvider {

    private final Optional<CredentialsProvider> server;

    BatchCredentials(Optional<CredentialsProvider> server) {
        this.server = server;
    }

    @Override
    public boolean isInteractive() {
        return false;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        return server.isPresent() && server.get().supports(items);
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) {
        // JGit reads false as "the user declined": the host key is refused, the key skipped.
        return supports(items) && server.get().get(uri, items);
    }

    @Override
    public void reset(URIish uri) {
        server.ifPresent(provider -> provider.reset(uri));
    }
}
