package org.infoshare.sharing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * P11.1 / P13.1: a release's payload is kept only for its retention after release, long enough to be
 * delivered, then destroyed; the record of the release (who, what categories, when, its lifecycle)
 * is kept for tracing withdrawals and breaches.
 */
public record PayloadRetention(Duration retention) {

    public static final String ID = ChannelPolicy.RULE_ID;

    public PayloadRetention {
        Objects.requireNonNull(retention, "retention");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("a payload retention is positive");
        }
    }

    /** Releases made at or before this instant are due for destruction at {@code now}. */
    public Instant releasedBy(Instant now) {
        return now.minus(retention);
    }

    public boolean due(Release release, Instant now) {
        return !release.destroyed() && !release.releasedAt().isAfter(releasedBy(now));
    }
}
