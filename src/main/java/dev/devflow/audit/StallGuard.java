package dev.devflow.audit;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closes a download's stream when no byte has arrived for the timeout, which ends the blocked
 * read: the HTTP client's own timeout stops at the response headers, and a connection that
 * stalls after them would hold the build forever.
 */
final class StallGuard implements AutoCloseable {

    private final Timer timer = new Timer("devflow OSV download watchdog", true);
    private final AtomicLong received = new AtomicLong();
    private volatile boolean stalled;

    StallGuard(InputStream body, Duration timeout) {
        long period = Math.max(1, timeout.toMillis());
        timer.schedule(new TimerTask() {
            private long seen = -1;

            @Override
            public void run() {
                long now = received.get();
                if (now == seen) {
                    stalled = true;
                    cancel();
                    try {
                        body.close();
                    } catch (IOException e) {
                        // The reader fails either way.
                    }
                }
                seen = now;
            }
        }, period, period);
    }

    void progress(int bytes) {
        received.addAndGet(bytes);
    }

    boolean stalled() {
        return stalled;
    }

    @Override
    public void close() {
        timer.cancel();
    }
}
