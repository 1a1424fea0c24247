package dev.devflow.release;

import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * Answers JGit's request for a signing key's passphrase with no. A release runs unattended and
 * must not wait at a prompt; JGit's OpenPGP signer then fails with a CanceledException, which
 * {@link ReleaseSigning} turns into a readiness problem.
 */
final class NoPassphrase extends CredentialsProvider {

    static final CredentialsProvider INSTANCE = new NoPassphrase();

    private NoPassphrase() {
    }

    @Override
    public boolean isInteractive() {
        return false;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        return false;
    }
}
