package dev.devflow.release;

/** What the remote holds of one ref the release pushes, as far as the release knows. */
public enum PushState {
    /** Not sent: the remote is as it was. */
    NOT_STARTED,
    /** Sent, but no answer was read (a crash or a broken connection): the remote may have it. */
    UNKNOWN,
    /** The remote accepted it. */
    DONE
}
