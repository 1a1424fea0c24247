package dev.devflow.baseline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises the updates of a baseline file across the modules of a reactor (threads of one JVM,
 * under -T or mvnd) and across separate Maven processes on the same checkout, so that no module's
 * entry is lost. The lock file lies in the system's temp folder, one per user: not beside the
 * baseline, in the committed .devflow/ folder, and not the baseline itself, which is replaced by a
 * move and so cannot carry a lock. One per user rather than one per checkout, so that the temp
 * folder does not fill with a lock file for every checkout ever built; an update takes
 * milliseconds, so updates of different checkouts waiting for each other costs nothing.
 */
final class BaselineLock implements AutoCloseable {

    /** A JVM holds a file lock per file once: its own threads queue here first. */
    private static final ReentrantLock THREADS = new ReentrantLock();

    private final FileChannel channel;
    private final FileLock lock;

    private BaselineLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits until no other thread or process updates {@code baseline}. */
    static BaselineLock acquire(Path baseline) throws IOException {
        THREADS.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile(baseline), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new BaselineLock(channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            THREADS.unlock();
            throw e;
        }
    }

    static Path lockFile(Path baseline) {
        return Path.of(System.getProperty("java.io.tmpdir"))
                .resolve("devflow-baseline-" + sha256(System.getProperty("user.name", "")) + ".lock");
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            THREADS.unlock();
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
