package org.infoshare.breach.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * The times a report gives must make sense: a breach is noticed after (or when) it happens, and
 * neither lies in the future. A report that breaks this is refused rather than silently fixed,
 * because the awareness time drives the ICO deadline.
 */
public final class ReportTimeline {

    private ReportTimeline() {
    }

    /** Why the times cannot be accepted, or empty when they can. */
    public static Optional<String> problem(Instant occurredAt, Instant awareAt, Instant now) {
        if (awareAt.isBefore(occurredAt)) {
            return Optional.of("awareAt cannot be before occurredAt");
        }
        if (awareAt.isAfter(now)) {
            return Optional.of("awareAt cannot be in the future");
        }
        return Optional.empty();
    }
}
