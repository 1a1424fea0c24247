package dev.devflow.git;

/** Git cannot answer: no repository, a shallow clone, an unknown ref. Says why and what to do. */
public class GitProblem extends Exception {

    private static final long serialVersionUID = 1L;

    public GitProblem(String message) {
        super(message);
    }

    public GitProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
