package dev.devflow.git;

/**
 * Git cannot answer: no repository, a shallow clone, an unknown ref. Says why and what to do,
 * apart ({@link #problem()}, {@link #fix()}) for callers that word the failure in their own
 * terms, and together as the message.
 */
public class GitProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final String problem;
    private final String fix;

    public GitProblem(String message) {
        this(message, null, null);
    }

    public GitProblem(String message, Throwable cause) {
        this(message, null, cause);
    }

    /** @param fix what to do, lower-case, or null when the problem says it */
    public GitProblem(String problem, String fix, Throwable cause) {
        super(fix == null ? problem : problem + " " + Character.toUpperCase(fix.charAt(0)) + fix.substring(1), cause);
        this.problem = problem;
        this.fix = fix;
    }

    /** What is wrong, without the fix. */
    public String problem() {
        return problem;
    }

    /** What to do, or null when {@link #problem()} says it. */
    public String fix() {
        return fix;
    }
}
