package dev.devflow.git;

/**
 * HEAD and a ref have no merge-base here: nearly always a shallow clone (a CI checkout of one
 * commit), else two unrelated histories. Its own type because a gate may be told to only warn
 * about missing history, never about a wrong ref.
 */
public final class MissingHistory extends GitProblem {

    private static final long serialVersionUID = 1L;

    private final String ref;
    private final boolean shallow;

    MissingHistory(String ref, boolean shallow) {
        super(shallow ? "the merge-base of HEAD and " + ref + " is not in this shallow clone."
                        : "HEAD and " + ref + " have no common history.",
                shallow ? "fetch the full history (actions/checkout: fetch-depth: 0, or git fetch --unshallow)."
                        : "name the branch this one was made from.", null);
        this.ref = ref;
        this.shallow = shallow;
    }

    public String ref() {
        return ref;
    }

    /** Whether the clone is shallow (its history cut off), so fetching more of it is the remedy. */
    public boolean shallow() {
        return shallow;
    }
}
