package dev.devflow.release;

import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.Signer;
import org.eclipse.jgit.lib.Signers;

import java.util.Optional;

/**
 * Whether git's configuration asks for signed commits or tags that JGit cannot make. JGit finds
 * signers through ServiceLoader and its core jar brings none, so with {@code commit.gpgSign=true}
 * the commit would fail halfway through the release; this finds out before anything changes.
 */
public final class ReleaseSigning {

    private ReleaseSigning() {
    }

    /** The problem, empty when nothing is to be signed or a signer with a key is at hand. */
    public static Optional<ReadinessProblem> problem(Repository repository) {
        GpgConfig config;
        try {
            config = new GpgConfig(repository.getConfig());
        } catch (IllegalArgumentException e) {
            return Optional.of(new ReadinessProblem("git's signing configuration cannot be read: " + e.getMessage(),
                    "correct gpg.format (openpgp, x509 or ssh) in the git configuration."));
        }
        if (!config.isSignCommits() && !config.isSignAllTags() && !config.isSignAnnotated()) {
            return Optional.empty();
        }
        String asked = config.isSignCommits() ? "commit.gpgSign" : config.isSignAllTags() ? "tag.gpgSign"
                : "tag.forceSignAnnotated";
        Signer signer = Signers.get(config.getKeyFormat());
        if (signer == null) {
            return Optional.of(new ReadinessProblem("git is configured to sign (" + asked + "=true), but no "
                    + config.getKeyFormat().toConfigValue() + " signer is available to JGit, which devflow uses.",
                    "add org.eclipse.jgit:org.eclipse.jgit.gpg.bc to the plugin's <dependencies>, or turn signing"
                            + " off for the release (git config " + asked + " false) and sign afterwards with git."));
        }
        return keyProblem(repository, config, signer, asked);
    }

    private static Optional<ReadinessProblem> keyProblem(Repository repository, GpgConfig config, Signer signer,
            String asked) {
        try {
            if (signer.canLocateSigningKey(repository, config, new PersonIdent(repository), config.getSigningKey(),
                    null)) {
                return Optional.empty();
            }
        } catch (CanceledException e) {
            // Treated as no key: the release cannot ask for a passphrase half way through.
        }
        return Optional.of(new ReadinessProblem("git is configured to sign (" + asked + "=true), but the signing"
                + " key " + (config.getSigningKey() == null ? "for your user.email" : config.getSigningKey())
                + " cannot be found.", "set user.signingKey to a key you have, or git config " + asked + " false."));
    }
}
