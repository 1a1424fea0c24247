package dev.devflow.release.signing;

import java.io.IOException;

/** gpg did not sign. The message says why, in a sentence; the reason decides what the user is told to do. */
public final class GpgSigningException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why gpg did not sign, as far as it changes the fix. */
    enum Reason {
        /** The program could not be started: GnuPG is not installed, or gpg.program names nothing. */
        NOT_RUN,
        /** It did not finish within the time limit, and was killed. */
        TIMED_OUT,
        /** gpg has no secret key by that name that can sign (missing, expired, revoked). */
        UNUSABLE_KEY,
        /** The key needs its passphrase (a smartcard its PIN), which gpg-agent does not hold. */
        PASSPHRASE_NEEDED,
        /** Anything else; gpg's own messages, in the exception's message, say what. */
        FAILED
    }

    private final Reason reason;

    /** {@code message} may end in gpg's words, which have no full stop: it gets one, to read as a sentence. */
    GpgSigningException(Reason reason, String message, Throwable cause) {
        super(message.endsWith(".") ? message : message + ".", cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
