package org.infoshare.consent.domain;

import org.infoshare.rules.RetentionRule;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * P13.1: the DPO's annual review: per kind what is held, by age, its period and why it is kept,
 * what is past its period now and what falls due by {@code until} (with the oldest of those).
 * The same shape in every service.
 */
public record RetentionReview(Instant generatedAt, Instant until, List<KindReview> kinds) {

    /**
     * @param pastPeriod records past their period at {@code generatedAt} (the next run removes them)
     * @param dueUntil records past their period by {@code until}, those of {@code pastPeriod} included
     * @param oldestDue when the oldest record due by {@code until} stopped changing; null when none is
     */
    public record KindReview(RecordKind kind, long held, Map<RetentionRule.AgeBand, Long> byAge, Period retentionPeriod,
                             ErasedRecord.Action action, long pastPeriod, long dueUntil, Instant oldestDue,
                             String reasonKept) {
    }
}
