package dev.devflow.release.signing;

import dev.devflow.release.signing.GpgSigningException.Reason;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.GpgSignature;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.Signer;
import org.eclipse.jgit.transport.CredentialsProvider;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Signs as git does (gpg-interface.c, sign_buffer_gpg): runs the gpg program with
 * {@code --status-fd=2 -bsau <key>}, the data on its input, takes the armored detached signature
 * from its output, and counts it signed only on a SIG_CREATED status line. gpg then does it all as
 * for {@code git commit -S} on this machine: its keyring or keyboxd, every key type (ed25519
 * too), gpg-agent with the passphrases it holds, smartcards.
 * <p>
 * A release runs unattended, so two options are added: {@code --batch}, and
 * {@code --pinentry-mode error}, which lets gpg-agent use a cached passphrase but fails at once
 * where it would start a pinentry and wait for someone to type (with {@code --batch} alone it
 * still does). The time limit covers what is left, such as a smartcard waiting for a touch.
 * The credentials provider JGit passes is not used: passphrases are gpg-agent's business.
 */
final class GpgProgramSigner implements Signer {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private static final List<String> UNATTENDED = List.of("--batch", "--pinentry-mode", "error");

    private final Duration limit;

    GpgProgramSigner() {
        this(LIMIT);
    }

    /** With another time limit, for a test of the limit. */
    GpgProgramSigner(Duration limit) {
        this.limit = limit;
    }

    @Override
    public GpgSignature sign(Repository repository, GpgConfig config, byte[] data, PersonIdent committer,
            String signingKey, CredentialsProvider credentialsProvider) throws GpgSigningException {
        String key = key(config, signingKey, committer);
        GpgProgram program = GpgProgram.of(config);
        GpgProcess.Outcome outcome = run(program, repository, data, key,
                unattended("--status-fd=2", "-bsau", key));
        GpgStatus status = GpgStatus.of(outcome.errors());
        if (outcome.exitCode() != 0 || !status.signed()) {
            throw refused(key, status);
        }
        return new GpgSignature(withoutCarriageReturns(outcome.output()));
    }

    /** Whether gpg has a secret key by that name (not whether it can sign with it now: only signing tells). */
    @Override
    public boolean canLocateSigningKey(Repository repository, GpgConfig config, PersonIdent committer,
            String signingKey, CredentialsProvider credentialsProvider) {
        String key = key(config, signingKey, committer);
        try {
            return run(GpgProgram.of(config), repository, new byte[0], key,
                    unattended("--list-secret-keys", "--", key)).exitCode() == 0;
        } catch (GpgSigningException e) {
            return false;
        }
    }

    /**
     * The key gpg is asked for: the one the command names, else user.signingKey (JGit's
     * TagCommand names none and leaves the configuration to the signer), else, as git chooses,
     * the committer as "Name &lt;email&gt;", which gpg looks for in its keys' user IDs.
     */
    static String key(GpgConfig config, String signingKey, PersonIdent committer) {
        return Stream.of(signingKey, config.getSigningKey()).filter(key -> key != null && !key.isBlank())
                .findFirst().orElse(committer.getName() + " <" + committer.getEmailAddress() + ">");
    }

    private static List<String> unattended(String... arguments) {
        return Stream.concat(UNATTENDED.stream(), Stream.of(arguments)).toList();
    }

    private GpgProcess.Outcome run(GpgProgram program, Repository repository, byte[] input, String key,
            List<String> arguments) throws GpgSigningException {
        try {
            return GpgProcess.run(program.command(repository, arguments), input, limit);
        } catch (IOException e) {
            throw new GpgSigningException(Reason.NOT_RUN, "the gpg program " + program.describe() + " cannot be run: "
                    + e.getMessage(), e);
        } catch (TimeoutException e) {
            throw new GpgSigningException(Reason.TIMED_OUT, program.describe() + " did not sign with the key " + key
                    + " within " + limit.toSeconds() + " s, and was stopped", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GpgSigningException(Reason.FAILED, "interrupted while gpg signed with the key " + key, e);
        }
    }

    private static GpgSigningException refused(String key, GpgStatus status) {
        Reason reason = status.refusal();
        String message = reason == Reason.PASSPHRASE_NEEDED
                ? "the key " + key + " needs its passphrase (or its smartcard's PIN), which gpg-agent does not hold,"
                        + " and the release does not let gpg ask for it: " + status.said()
                : "gpg could not sign with the key " + key + ": " + status.said();
        return new GpgSigningException(reason, message, null);
    }

    /** As git does it, for gpg on Windows: the signature's lines end in LF alone. */
    private static byte[] withoutCarriageReturns(byte[] armored) {
        return new String(armored, StandardCharsets.US_ASCII).replace("\r\n", "\n").getBytes(StandardCharsets.US_ASCII);
    }
}
