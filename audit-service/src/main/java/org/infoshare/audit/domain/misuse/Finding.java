package org.infoshare.audit.domain.misuse;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a rule found (P15.2): reads of one user that together look unusual, and the window they
 * fall in. {@code windowStart} is what a report is kept open under: later findings of the same
 * rule and user in the same window join the open report instead of raising another.
 */
public record Finding(MisuseRule rule, String actorId, Instant windowStart, Instant windowEnd, List<Read> reads) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        reads = List.copyOf(reads);
        if (reads.isEmpty()) {
            throw new IllegalArgumentException("a finding has reads");
        }
    }

    public Instant firstReadAt() {
        return reads.stream().map(Read::at).min(Comparator.naturalOrder()).orElseThrow();
    }

    public Instant lastReadAt() {
        return reads.stream().map(Read::at).max(Comparator.naturalOrder()).orElseThrow();
    }

    public long subjectCount() {
        return reads.stream().map(Read::subjectId).distinct().count();
    }
}
