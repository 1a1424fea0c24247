package dev.devflow.release.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One run of the gpg program: fed its input, read to the end, within a time limit. Input,
 * output and errors each have their own thread, as git's pipe_command serves them together:
 * gpg exits without reading its input when the key is unknown, and a program that waits (for a
 * pinentry, a smartcard) must not hold the release past the limit. Then it is killed, with
 * whatever it started that is still its child.
 */
final class GpgProcess {

    /** After the exit, how long the output may take to arrive: the pipes then hold it all. */
    private static final Duration DRAIN = Duration.ofSeconds(5);

    /** The exit code, the output as gpg wrote it (the signature) and its error stream as text. */
    record Outcome(int exitCode, byte[] output, String errors) {
    }

    private GpgProcess() {
    }

    /**
     * Runs {@code builder}'s program with {@code input} on its standard input.
     *
     * @throws IOException when the program cannot be started (its message names it)
     * @throws TimeoutException when it has not finished within {@code limit}; it is killed
     */
    static Outcome run(ProcessBuilder builder, byte[] input, Duration limit)
            throws IOException, TimeoutException, InterruptedException {
        Process process = builder.start();
        FutureTask<byte[]> output = background(process.getInputStream()::readAllBytes, "gpg output");
        FutureTask<byte[]> errors = background(process.getErrorStream()::readAllBytes, "gpg errors");
        background(() -> feed(process.getOutputStream(), input), "gpg input");
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            kill(process);
            throw new TimeoutException("gpg did not finish within " + limit.toSeconds() + " s");
        }
        return new Outcome(process.exitValue(), drained(output),
                new String(drained(errors), Charset.defaultCharset()));
    }

    private static <T> FutureTask<T> background(Callable<T> work, String name) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true); // never keeps Maven alive, even if a pipe stays open
        thread.start();
        return task;
    }

    /** A program that exits before reading everything closes the pipe: that is its answer, not a failure here. */
    private static Void feed(OutputStream in, byte[] input) {
        try (in) {
            in.write(input);
        } catch (IOException closedEarly) {
            // git ignores SIGPIPE here for the same reason; the exit code and status tell what happened
        }
        return null;
    }

    private static byte[] drained(FutureTask<byte[]> stream) throws IOException, InterruptedException {
        try {
            return stream.get(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("gpg's output could not be read: " + e.getMessage(), e);
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        closeQuietly(process.getInputStream());
        closeQuietly(process.getErrorStream());
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // the process is gone; nothing more is read from it
        }
    }
}
