package dev.devflow.release;

/** The build that proves the release state before anything is recorded (a child Maven in practice). */
public interface ReleaseVerification {

    /** What the verify build runs by default: the release state built from scratch, gates included. */
    String DEFAULT_GOALS = "clean verify";

    /** False when the user asked for no verify build. */
    boolean enabled();

    /** What runs, for the plan ({@code mvn clean verify}). */
    String describe();

    /** Builds the working tree as it is now; fails the release step VERIFY when the build fails. */
    void verify() throws ReleaseFailure;
}
