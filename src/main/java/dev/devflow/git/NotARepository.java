package dev.devflow.git;

import java.nio.file.Path;

/** No git repository holds the folder: the project was not built from a clone. */
public final class NotARepository extends GitProblem {

    private static final long serialVersionUID = 1L;

    NotARepository(Path directory) {
        super(directory + " is not inside a git repository.");
    }
}
