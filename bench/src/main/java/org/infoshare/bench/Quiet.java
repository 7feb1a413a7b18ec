package org.infoshare.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Waits, before a timed figure, until the machine has finished what the previous one left behind
 * (webhook retries, audit appends, outbox relays): the CPUs busy under a threshold for one whole
 * second, read from /proc/stat. On a shared 2-core machine a backlog spilling into the next figure
 * would otherwise be measured as that figure's latency.
 */
final class Quiet {

    static final double BUSY_THRESHOLD = 0.35;
    static final Duration PATIENCE = Duration.ofSeconds(120);

    private final Log log;

    Quiet(Log log) {
        this.log = log;
    }

    /** Returns the busy fraction of the quiet second it found (or of the last one, after the patience ran out). */
    double await(String before) {
        long start = System.nanoTime();
        double busy = 1;
        try {
            while (System.nanoTime() - start < PATIENCE.toNanos()) {
                busy = busyOverOneSecond();
                if (busy < BUSY_THRESHOLD) {
                    break;
                }
            }
        } catch (IOException | InterruptedException e) {
            return Double.NaN; // not Linux, or interrupted: measure without waiting
        }
        long waited = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        if (waited > 1) {
            log.line(String.format("  waited %d s for the machine to settle before %s (CPU %.0f%% busy)", waited,
                    before, busy * 100));
        }
        return busy;
    }

    private static double busyOverOneSecond() throws IOException, InterruptedException {
        long[] a = cpu();
        Thread.sleep(1000);
        long[] b = cpu();
        return busyFraction(a, b);
    }

    /** Busy share between two readings of the aggregate "cpu" line: all time but idle and iowait. */
    static double busyFraction(long[] before, long[] after) {
        long total = 0;
        long idle = 0;
        for (int i = 0; i < before.length; i++) {
            long delta = after[i] - before[i];
            total += delta;
            if (i == 3 || i == 4) {
                idle += delta;
            }
        }
        return total <= 0 ? 0 : (double) (total - idle) / total;
    }

    private static long[] cpu() throws IOException {
        String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long[] values = new long[Math.min(8, fields.length - 1)];
        for (int i = 0; i < values.length; i++) {
            values[i] = Long.parseLong(fields[i + 1]);
        }
        return values;
    }
}
