package dev.devflow.audit;

import java.io.IOException;
import java.nio.file.Path;

/** Why the copy of the OSV export could not be refreshed, and what the user can do. */
final class RefreshFailed extends Exception {

    private static final long serialVersionUID = 1L;

    private static final String FIX_NETWORK = "connect to the network once, point devflow.audit.exportUrl at a"
            + " mirror, or set devflow.audit.failOnUnavailable=false to only warn.";

    final String reason;
    final String fix;
    /** The build was stopped: not the server's fault, so the next build tries again at once. */
    final boolean interrupted;

    private RefreshFailed(String reason, String fix, boolean interrupted) {
        super(reason, null, false, false);
        this.reason = reason;
        this.fix = fix;
        this.interrupted = interrupted;
    }

    /** The server, the network or the download itself failed: another address or a later try may do. */
    static RefreshFailed network(String reason) {
        return new RefreshFailed(reason, FIX_NETWORK, false);
    }

    static RefreshFailed interrupted() {
        return new RefreshFailed("the download was interrupted", FIX_NETWORK, true);
    }

    static RefreshFailed local(Path directory, IOException e) {
        return new RefreshFailed(directory + " cannot be written: " + e.getMessage(), "free disk space or make "
                + directory + " writable, or set devflow.audit.failOnUnavailable=false to only warn.", false);
    }
}
