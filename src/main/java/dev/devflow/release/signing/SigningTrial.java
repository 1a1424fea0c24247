package dev.devflow.release.signing;

import dev.devflow.release.ReadinessProblem;
import dev.devflow.release.signing.GpgSigningException.Reason;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Signs a few bytes with the signer and the key the release's commits and tag will be signed
 * with, so that what passes here is what the record step does. Finding the key is not enough:
 * gpg-agent may not hold its passphrase, a smartcard may be missing. A trial signature shows it
 * all before anything changes.
 */
final class SigningTrial {

    private static final byte[] TRIAL = "devflow release signing trial\n".getBytes(StandardCharsets.UTF_8);

    private final Repository repository;
    private final GpgConfig config;
    private final GpgProgramSigner signer;
    private final String asked;

    SigningTrial(Repository repository, GpgConfig config, GpgProgramSigner signer, String asked) {
        this.repository = repository;
        this.config = config;
        this.signer = signer;
        this.asked = asked;
    }

    /** Empty when the key signed. */
    Optional<ReadinessProblem> problem() {
        PersonIdent committer = new PersonIdent(repository);
        try {
            signer.sign(repository, config, TRIAL, committer, null, null); // no key, as TagCommand passes it
            return Optional.empty();
        } catch (GpgSigningException e) {
            String key = GpgProgramSigner.key(config, null, committer);
            return Optional.of(new ReadinessProblem("git is configured to sign (" + asked + "=true), but "
                    + e.getMessage(), fix(e.reason(), key) + ", or " + ReleaseSigning.signingOff(asked)));
        }
    }

    private static String fix(Reason reason, String key) {
        return switch (reason) {
            case NOT_RUN -> "install GnuPG, or set gpg.program to the gpg that git commit -S runs"
                    + " (git config gpg.program /path/to/gpg)";
            case UNUSABLE_KEY -> "set user.signingKey to a key that gpg --list-secret-keys shows";
            case PASSPHRASE_NEEDED -> "unlock the key in gpg-agent before the release (echo | gpg --clearsign"
                    + " --local-user '" + key + "' > /dev/null asks once; the agent then holds the passphrase for its"
                    + " cache time; in CI, gpg-preset-passphrase)";
            case TIMED_OUT, FAILED -> "make git commit -S sign on this machine: devflow runs gpg as git does";
        };
    }
}
