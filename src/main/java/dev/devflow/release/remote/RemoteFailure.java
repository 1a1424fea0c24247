package dev.devflow.release.remote;

import java.util.Optional;

/**
 * A fetch, ls-remote or push that failed. The message says why; {@link #fix()} says what to do
 * where the cause is known (an SSH host key or login), else the caller gives its own advice.
 */
public final class RemoteFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final String fix;
    private final boolean refusedBeforeTransfer;

    RemoteFailure(String reason, Optional<String> fix, boolean refusedBeforeTransfer, Throwable cause) {
        super(reason, cause);
        this.fix = fix.orElse(null);
        this.refusedBeforeTransfer = refusedBeforeTransfer;
    }

    /** For a failure whose cause nothing here recognises: JGit's message, no particular advice. */
    static RemoteFailure of(Exception cause) {
        return new RemoteFailure(String.valueOf(cause.getMessage()), Optional.empty(), false, cause);
    }

    public Optional<String> fix() {
        return Optional.ofNullable(fix);
    }

    /**
     * True when the connection ended before any ref was sent (a refused host key or login), so
     * the remote is sure to be as it was; false when that is not known.
     */
    public boolean refusedBeforeTransfer() {
        return refusedBeforeTransfer;
    }
}
