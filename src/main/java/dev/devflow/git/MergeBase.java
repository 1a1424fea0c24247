package dev.devflow.git;

import org.eclipse.jgit.revwalk.RevCommit;

/** The commit where HEAD's history and a ref's meet: what a change is compared with. */
public final class MergeBase {

    private final RevCommit commit;
    private final String ref;

    MergeBase(RevCommit commit, String ref) {
        this.commit = commit;
        this.ref = ref;
    }

    RevCommit commit() {
        return commit;
    }

    /** The ref it was found with ({@code origin/main}). */
    public String ref() {
        return ref;
    }

    /** {@code merge-base a1b2c3d of HEAD and origin/main}. */
    public String describe() {
        return "merge-base " + commit.abbreviate(7).name() + " of HEAD and " + ref;
    }

    @Override
    public String toString() {
        return describe();
    }
}
