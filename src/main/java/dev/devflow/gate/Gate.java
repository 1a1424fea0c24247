package dev.devflow.gate;

/**
 * One quality gate over one module (or the reactor). A gate measures and returns a result; it
 * never decides how the build reacts, which is {@code BuildOutcome}'s job.
 */
public interface Gate {

    /** The gate's name as in goal names and report files: {@code coverage}, {@code lint}. */
    String name();

    /**
     * Measures and holds the result against the thresholds.
     *
     * @throws GateInputException when the user's input (files, configuration) is unusable
     */
    GateResult evaluate() throws GateInputException;
}
