package io.github.duendetools.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Measures how long a table is unavailable to other sessions while a migration runs: a second
 * connection repeats a trivial access in a loop, and every attempt that takes longer than
 * {@link #BLOCKED_THRESHOLD_NANOS} counts as blocked for its whole duration. An attempt that waits
 * on a lock only returns when the lock is released, so the sum of slow attempts is the blocked time
 * (to within one probe interval). Errors count as blocked too: a table that is briefly missing or
 * half-altered is unavailable.
 */
final class LockProbe implements AutoCloseable {
    /** A trivial access on an idle table answers in well under a millisecond; 50 ms is far above noise. */
    static final long BLOCKED_THRESHOLD_NANOS = 50_000_000L;
    private static final long PAUSE_MILLIS = 5;

    /** One attempt at the table; runs on the probe's own connection. */
    @FunctionalInterface
    interface Access {
        void run(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final Access access;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<long[]> blocked = new ArrayList<>();
    private final Thread thread;
    private int attempts;
    private int errors;

    LockProbe(String name, Connection connection, Access access) {
        this.connection = connection;
        this.access = access;
        this.thread = new Thread(this::loop, "lock-probe-" + name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        while (running.get()) {
            long start = System.nanoTime();
            boolean failed = false;
            try {
                access.run(connection);
            } catch (SQLException e) {
                failed = true;
                try {
                    if (!connection.getAutoCommit()) {
                        connection.rollback();
                    }
                } catch (SQLException ignored) {
                    // the next attempt reports the connection state
                }
            }
            long end = System.nanoTime();
            synchronized (this) {
                attempts++;
                if (failed) {
                    errors++;
                }
                if (failed || end - start >= BLOCKED_THRESHOLD_NANOS) {
                    blocked.add(new long[] {start, end});
                }
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops the probe once its current attempt has returned, and reports. */
    Result stop() throws InterruptedException {
        running.set(false);
        thread.join();
        synchronized (this) {
            long total = 0;
            long longest = 0;
            for (long[] interval : blocked) {
                long length = interval[1] - interval[0];
                total += length;
                longest = Math.max(longest, length);
            }
            return new Result(total / 1e9, longest / 1e9, attempts, errors);
        }
    }

    @Override
    public void close() throws SQLException {
        running.set(false);
        connection.close();
    }

    /**
     * @param blockedSeconds  sum of blocked attempts
     * @param longestSeconds  the longest single blocked attempt
     */
    record Result(double blockedSeconds, double longestSeconds, int attempts, int errors) {
    }
}
