package dev.devflow.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a program of the machine (gpg, C git) for a test, with a time limit so a prompt cannot hang it. */
public final class CommandLine {

    private static final long TIMEOUT_SECONDS = 60;

    /** The exit code, and standard output and error as one text. */
    public record Result(int exitCode, String output) {
    }

    private CommandLine() {
    }

    public static Result run(Path directory, Map<String, String> environment, List<String> command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close(); // nothing to read: a program that asks gets end of input
        // Output is read after the exit: these commands print a few lines, far below the pipe's buffer.
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }

    /** Whether {@code program} can be run at all (e.g. gpg is installed). */
    public static boolean available(String program) {
        try {
            return run(Path.of("."), Map.of(), List.of(program, "--version")).exitCode() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
