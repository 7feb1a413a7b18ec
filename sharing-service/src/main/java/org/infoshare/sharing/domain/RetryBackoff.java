package org.infoshare.sharing.domain;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed webhook again: exponential backoff (base × 2^attempts, capped) with full
 * jitter, so many partners failing at once do not all come back at the same moment.
 */
public record RetryBackoff(Duration base, Duration cap) {

    /** The wait after {@code failedAttempts} failures (1 for the first), drawn with {@code random} in [0,1). */
    public Duration delayAfter(int failedAttempts, DoubleSupplier random) {
        long ceiling = ceiling(failedAttempts).toMillis();
        return Duration.ofMillis(Math.max(1, (long) (random.getAsDouble() * ceiling)));
    }

    /** The largest wait after {@code failedAttempts} failures. */
    public Duration ceiling(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        long millis = base.toMillis() << doublings;
        return millis <= 0 || millis > cap.toMillis() ? cap : Duration.ofMillis(millis);
    }
}
