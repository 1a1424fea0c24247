package dev.devflow.changelog;

/**
 * The changelog cannot be edited as asked (rolled for a release, its notes taken): it has no
 * [Unreleased] section, already has the release, or a link the edit cannot understand. Says
 * which and where, and the fix; the release reports it as its edit step's failure.
 */
public final class ChangelogEditException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String problem;
    private final String fix;

    public ChangelogEditException(String problem, String fix) {
        super(problem + " Fix: " + fix);
        this.problem = problem;
        this.fix = fix;
    }

    /** What is wrong, without the fix. */
    public String problem() {
        return problem;
    }

    public String fix() {
        return fix;
    }
}
