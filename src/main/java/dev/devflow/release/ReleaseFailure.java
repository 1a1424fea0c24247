package dev.devflow.release;

/**
 * The release cannot go on. Says in which step, what went wrong and what the user can do, so
 * the build fails with that sentence; by the time it reaches the user, everything the release
 * changed has been put back.
 */
public class ReleaseFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final ReleaseStep step;
    private final String problem;
    private final String fix;

    public ReleaseFailure(ReleaseStep step, String problem, String fix) {
        this(step, problem, fix, null);
    }

    public ReleaseFailure(ReleaseStep step, String problem, String fix, Throwable cause) {
        super(compose(step, problem, fix), cause);
        this.step = step;
        this.problem = problem;
        this.fix = fix;
    }

    private static String compose(ReleaseStep step, String problem, String fix) {
        String text = "Release step '" + step.label() + "': " + problem;
        if (fix == null || fix.isEmpty()) {
            return text;
        }
        // a problem of several lines (a hook's output) gets its fix on a line of its own
        return text + (problem.contains("\n") ? "\nFix: " : " Fix: ") + fix;
    }

    public ReleaseStep step() {
        return step;
    }

    /** What went wrong, without the step and the fix. */
    public String problem() {
        return problem;
    }

    public String fix() {
        return fix;
    }
}
