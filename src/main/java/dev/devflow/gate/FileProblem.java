package dev.devflow.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * An I/O failure said as a user reads it: the file and what went wrong, without the name of the
 * Java exception ({@code java.nio.file.NoSuchFileException: a/b} says "no such file: a/b").
 */
public final class FileProblem {

    private FileProblem() {
    }

    public static String describe(UncheckedIOException e) {
        return describe(e.getCause());
    }

    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (e instanceof NotDirectoryException notDirectory) {
            return "not a directory: " + notDirectory.getFile();
        }
        if (e instanceof FileSystemException other && other.getFile() != null) {
            return other.getFile() + ": " + (other.getReason() == null ? "cannot be read or written" : other.getReason());
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? "a file could not be read or written" : e.getMessage();
    }
}
