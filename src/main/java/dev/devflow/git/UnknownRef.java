package dev.devflow.git;

/** A ref that names no commit here: not fetched, misspelt, or a tree or a file. Lists the refs there are. */
public final class UnknownRef extends GitProblem {

    private static final long serialVersionUID = 1L;

    UnknownRef(String ref, String what, String existing) {
        super("'" + ref + "' " + what + "; " + existing + ".",
                "fetch it first (git fetch origin, or actions/checkout: fetch-depth: 0) or name an existing ref.", null);
    }
}
