package dev.devflow.release;

import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.api.errors.UnsupportedSigningFormatException;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.GpgSignature;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.Signer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Signs a few bytes as the release commit will be signed, and checks that others can verify the
 * signature. JGit's OpenPGP signer reads the key only when it signs, so finding the key is not
 * enough: a key protected by a passphrase is found and then cannot be used, and an ed25519 key
 * signs under a fingerprint that is not its own (below). A trial signature shows all of it.
 */
final class SigningTrial {

    private static final byte[] TRIAL = "devflow release signing trial\n".getBytes(StandardCharsets.UTF_8);

    private final Repository repository;
    private final GpgConfig config;
    private final Signer signer;
    private final String asked;
    private final PersonIdent committer;

    SigningTrial(Repository repository, GpgConfig config, Signer signer, String asked) {
        this.repository = repository;
        this.config = config;
        this.signer = signer;
        this.asked = asked;
        this.committer = new PersonIdent(repository);
    }

    /** Empty when the key signed and the signature names it. */
    Optional<ReadinessProblem> problem() {
        try {
            GpgSignature signature = signer.sign(repository, config, TRIAL, committer, config.getSigningKey(),
                    NoPassphrase.INSTANCE);
            return namesItsKey(signature) ? Optional.empty() : Optional.of(foreignFingerprint());
        } catch (CanceledException e) {
            return Optional.of(new ReadinessProblem(configured() + "the signing key " + key()
                    + " is protected by a passphrase, and the release cannot ask for it: devflow signs with GnuPG's"
                    + " key files itself, not through gpg-agent.", "sign releases with a key (or signing subkey)"
                    + " without a passphrase, or " + ReleaseSigning.signingOff(asked)));
        } catch (IOException | UnsupportedSigningFormatException | RuntimeException e) {
            return Optional.of(new ReadinessProblem(configured() + "the signing key " + key() + " cannot sign: "
                    + sentence(e), "set user.signingKey to a key that gpg --list-secret-keys shows (devflow reads"
                    + " the keys in $GNUPGHOME, else ~/.gnupg), or " + ReleaseSigning.signingOff(asked)));
        }
    }

    /**
     * Whether the key that the signature names (its issuer fingerprint) is a key of the keyring:
     * gpg, and so git verify-commit, finds the public key by that fingerprint alone. JGit 7.8 rebuilds
     * an ed25519 key from its secret key file with the signing time as its creation time, which
     * changes the fingerprint, and gpg answers "No public key". JGit's own verifier does not see
     * it: it falls back on a key with the signer's email.
     */
    private boolean namesItsKey(GpgSignature signature) throws IOException, CanceledException {
        Optional<String> issuer = SignatureIssuer.of(signature);
        return issuer.isPresent()
                && signer.canLocateSigningKey(repository, config, committer, issuer.get(), NoPassphrase.INSTANCE);
    }

    private ReadinessProblem foreignFingerprint() {
        return new ReadinessProblem(configured() + "JGit signs with the key " + key() + " under a fingerprint that"
                + " is not the key's, so git verify-commit and verify-tag would answer \"No public key\" (JGit's"
                + " OpenPGP signer does this with ed25519 keys).", "sign releases with an RSA key (or RSA signing"
                + " subkey), or " + ReleaseSigning.signingOff(asked));
    }

    private String configured() {
        return "git is configured to sign (" + asked + "=true), but ";
    }

    /** As JGit chooses it: user.signingKey, else a key whose user ID holds the committer's email. */
    private String key() {
        return config.getSigningKey() != null ? config.getSigningKey()
                : "for user.email " + committer.getEmailAddress();
    }

    /** JGit's message ends without a full stop, or with a question: it closes the problem's sentence. */
    private static String sentence(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        return message.endsWith(".") || message.endsWith("?") ? message : message + ".";
    }
}
