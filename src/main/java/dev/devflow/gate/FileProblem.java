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

    private static final java.util.regex.Pattern JAVA_EXCEPTION =
            java.util.regex.Pattern.compile("\\b(?:[a-z_][\\w$]*\\.)+(\\w+?)(?:Exception|Error): ");

    /**
     * A tool's own message (SpotBugs', PMD's) said without the Java exception names it carries:
     * {@code java.nio.file.NoSuchFileException: a/b} becomes {@code no such file: a/b}.
     */
    public static String plain(String message) {
        java.util.regex.Matcher matcher = JAVA_EXCEPTION.matcher(message);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String replacement = switch (matcher.group(1)) {
                case "NoSuchFile" -> "no such file: ";
                case "AccessDenied" -> "permission denied: ";
                case "NotDirectory" -> "not a directory: ";
                default -> "";
            };
            matcher.appendReplacement(text, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(text);
        return text.toString();
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
