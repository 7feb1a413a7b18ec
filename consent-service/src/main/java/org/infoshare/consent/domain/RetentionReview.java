package org.infoshare.consent.domain;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;

/** P13.1: the annual review: what is held, by kind and age, for how long, and why. */
public record RetentionReview(Instant generatedAt, List<KindReview> kinds) {

    public record KindReview(RecordKind kind, long held, Map<RetentionRule.AgeBand, Long> byAge, Period retentionPeriod,
                             long pastPeriod, String reasonKept) {
    }
}
