package dev.devflow.release;

/** One reason the repository is not ready for a release, and what the user can do about it. */
public record ReadinessProblem(String message, String fix) {

    @Override
    public String toString() {
        return message + " Fix: " + fix;
    }
}
