package dev.devflow.release;

import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.Signer;
import org.eclipse.jgit.lib.Signers;

import java.util.Optional;

/**
 * Whether the release can sign what git's configuration asks to be signed ({@code commit.gpgSign},
 * {@code tag.gpgSign}, {@code tag.forceSignAnnotated}). JGit signs the commits and the tag by
 * itself, with the signer it finds through ServiceLoader for {@code gpg.format}; devflow brings
 * the OpenPGP one (org.eclipse.jgit.gpg.bc). This finds out before anything changes whether that
 * signing will work, so that the release stops before its first commit instead of halfway.
 */
public final class ReleaseSigning {

    private ReleaseSigning() {
    }

    /** The problem, empty when nothing is to be signed or a trial signature succeeded. */
    public static Optional<ReadinessProblem> problem(Repository repository) {
        GpgConfig config;
        try {
            config = new GpgConfig(repository.getConfig());
        } catch (IllegalArgumentException e) {
            return Optional.of(new ReadinessProblem("git's signing configuration cannot be read: " + e.getMessage(),
                    "correct gpg.format (openpgp, x509 or ssh) in the git configuration."));
        }
        return askedBy(config).flatMap(asked -> problem(repository, config, asked));
    }

    /** The setting that asks for a signature, named as the user would set it with git config. */
    private static Optional<String> askedBy(GpgConfig config) {
        if (config.isSignCommits()) {
            return Optional.of("commit.gpgSign");
        } else if (config.isSignAllTags()) {
            return Optional.of("tag.gpgSign");
        } else if (config.isSignAnnotated()) {
            return Optional.of("tag.forceSignAnnotated");
        }
        return Optional.empty();
    }

    private static Optional<ReadinessProblem> problem(Repository repository, GpgConfig config, String asked) {
        Signer signer = Signers.get(config.getKeyFormat());
        if (signer == null) {
            return Optional.of(new ReadinessProblem("git is configured to sign (" + asked + "=true) in the "
                    + config.getKeyFormat().toConfigValue() + " format (gpg.format), which devflow cannot sign in:"
                    + " it signs through JGit, with OpenPGP keys.",
                    "sign with an OpenPGP key (git config gpg.format openpgp), or " + signingOff(asked)));
        }
        return new SigningTrial(repository, config, signer, asked).problem();
    }

    /** The way out of every signing problem: release unsigned, then sign with git. */
    static String signingOff(String asked) {
        return "turn signing off for the release (git config " + asked + " false) and sign afterwards with git.";
    }
}
