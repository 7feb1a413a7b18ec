package org.infoshare.audit.domain.misuse;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * P15.2 (c): a read of a person with no case or request behind it. What audit-service sees of a
 * case is the trail: a read is backed when the same pseudonymous subject has a case event (a
 * share request, decision or release, a safeguarding referral, a subject access request, a
 * consent given, withdrawn or re-confirmed, a breach notice: the configured types) from
 * {@code lookback} before the read until {@code grace} after it (staff read a person to open
 * the request). Anything else, whatever purpose the reader typed, has nothing behind it. One
 * finding per user and local day.
 */
public final class NoCaseRule {

    private final Duration lookback;
    private final Duration grace;
    private final WorkingHours days;

    public NoCaseRule(Duration lookback, Duration grace, WorkingHours days) {
        if (lookback.isNegative() || grace.isNegative()) {
            throw new IllegalArgumentException("lookback and grace are not negative");
        }
        this.lookback = lookback;
        this.grace = grace;
        this.days = days;
    }

    public Duration lookback() {
        return lookback;
    }

    public Duration grace() {
        return grace;
    }

    /** @param caseTimes when each subject's case events happened */
    public boolean backed(Read read, Map<String, ? extends Collection<Instant>> caseTimes) {
        Instant from = read.at().minus(lookback);
        Instant to = read.at().plus(grace);
        Collection<Instant> times = caseTimes.get(read.subjectId());
        return times != null && times.stream().anyMatch(at -> !at.isBefore(from) && !at.isAfter(to));
    }

    public List<Finding> findings(List<Read> reads, Map<String, ? extends Collection<Instant>> caseTimes) {
        return OutOfHoursRule.DailyFindings.of(MisuseRule.NO_CASE, days,
                reads.stream().filter(read -> !backed(read, caseTimes)).toList());
    }
}
