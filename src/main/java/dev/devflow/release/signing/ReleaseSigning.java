package dev.devflow.release.signing;

import dev.devflow.release.ReadinessProblem;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.Signer;

import java.util.Optional;

/**
 * Whether the release can sign what git's configuration asks to be signed ({@code commit.gpgSign},
 * {@code tag.gpgSign}, {@code tag.forceSignAnnotated}), and the signer that does it. JGit writes
 * the commits and the tag; the signature comes from the gpg program, run as git runs it
 * ({@link GpgProgramSigner}), handed to each command rather than set for the whole JVM. A trial
 * signature with that signer finds out before anything changes whether signing will work, so
 * that the release stops before its first commit instead of halfway.
 */
public final class ReleaseSigning {

    /** Holds nothing between signatures: one serves every repository. */
    private static final GpgProgramSigner SIGNER = new GpgProgramSigner();

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

    /** For JGit's CommitCommand, which signs only where commit.gpgSign asks. */
    public static Signer commitSigner() {
        return SIGNER;
    }

    /**
     * For JGit's TagCommand: null when git's configuration leaves the tag unsigned, because the
     * command signs with any signer it is given. The release tag is annotated and has a message,
     * so tag.forceSignAnnotated counts, as with {@code git tag -m}.
     */
    public static Signer tagSigner(Repository repository) {
        GpgConfig config = new GpgConfig(repository.getConfig());
        return config.isSignAllTags() || config.isSignAnnotated() ? SIGNER : null;
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
        if (config.getKeyFormat() != GpgConfig.GpgFormat.OPENPGP) {
            return Optional.of(new ReadinessProblem("git is configured to sign (" + asked + "=true) in the "
                    + config.getKeyFormat().toConfigValue() + " format (gpg.format), which devflow cannot sign in:"
                    + " it signs with OpenPGP keys, through gpg.",
                    "sign with an OpenPGP key (git config gpg.format openpgp), or " + signingOff(asked)));
        }
        return new SigningTrial(repository, config, SIGNER, asked).problem();
    }

    /** The way out of every signing problem: release unsigned, then sign with git. */
    static String signingOff(String asked) {
        return "turn signing off for the release (git config " + asked + " false) and sign afterwards with git.";
    }
}
