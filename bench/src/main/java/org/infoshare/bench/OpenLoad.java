package org.infoshare.bench;

import java.util.concurrent.locks.LockSupport;

/**
 * An open load model: request {@code i} is due at {@code start + i / rate}, whatever became of the
 * ones before it. The caller starts each request at its due time without waiting for an answer and
 * measures its latency from the due time, so a slow answer shows as latency instead of slowing the
 * offered rate (no coordinated omission). One thread sleeps between due times; nothing spins.
 */
final class OpenLoad {

    /** Starts request {@code index}, due at {@code dueNanos} ({@link System#nanoTime()} scale); must not block. */
    @FunctionalInterface
    interface Request {
        void start(int index, long dueNanos);
    }

    private final long startNanos;
    private final double ratePerSecond;
    private final int count;

    OpenLoad(long startNanos, double ratePerSecond, int count) {
        if (ratePerSecond <= 0 || count < 0) {
            throw new IllegalArgumentException("rate must be positive and count not negative");
        }
        this.startNanos = startNanos;
        this.ratePerSecond = ratePerSecond;
        this.count = count;
    }

    /** As many requests as {@code seconds} hold at {@code rate} (at least one). */
    static int countFor(double ratePerSecond, double seconds) {
        return Math.max(1, (int) Math.round(ratePerSecond * seconds));
    }

    /** When request {@code index} is due: computed from the start, so rounding never accumulates. */
    long dueNanos(int index) {
        return startNanos + Math.round(index * 1_000_000_000d / ratePerSecond);
    }

    /** When the last request is due. */
    long lastDueNanos() {
        return count == 0 ? startNanos : dueNanos(count - 1);
    }

    /** Latency of an answer at {@code doneNanos} to request {@code index}, from its due time (never negative). */
    long latencyNanos(int index, long doneNanos) {
        return Math.max(0, doneNanos - dueNanos(index));
    }

    int count() {
        return count;
    }

    double ratePerSecond() {
        return ratePerSecond;
    }

    /** Runs the schedule on the calling thread: each request started at (or, if late, right after) its due time. */
    void run(Request request) {
        for (int i = 0; i < count; i++) {
            long due = dueNanos(i);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            request.start(i, due);
        }
    }
}
