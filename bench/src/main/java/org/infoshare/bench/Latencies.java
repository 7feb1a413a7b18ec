package org.infoshare.bench;

import org.HdrHistogram.Histogram;

/** Latencies of one figure in microseconds (HdrHistogram, 3 significant digits), read in milliseconds. */
final class Latencies {

    private static final long HIGHEST_MICROS = 3_600_000_000L;
    private final Histogram histogram = new Histogram(HIGHEST_MICROS, 3);

    synchronized void recordNanos(long nanos) {
        histogram.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, nanos / 1_000)));
    }

    synchronized long count() {
        return histogram.getTotalCount();
    }

    synchronized double p50Ms() {
        return histogram.getValueAtPercentile(50) / 1000d;
    }

    synchronized double p99Ms() {
        return histogram.getValueAtPercentile(99) / 1000d;
    }

    synchronized double maxMs() {
        return histogram.getMaxValue() / 1000d;
    }

    /** "p50 / p99 / max" in ms. */
    synchronized String summary() {
        if (histogram.getTotalCount() == 0) {
            return "no samples";
        }
        return ms(p50Ms()) + " / " + ms(p99Ms()) + " / " + ms(maxMs());
    }

    static String ms(double ms) {
        if (ms >= 100) {
            return String.format("%.0f", ms);
        }
        if (ms >= 10) {
            return String.format("%.1f", ms);
        }
        return String.format("%.2f", ms);
    }
}
