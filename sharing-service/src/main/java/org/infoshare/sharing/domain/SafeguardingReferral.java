package org.infoshare.sharing.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * P3.1: information suggesting abuse or neglect goes straight to the local safeguarding team.
 * No consent is asked for or checked: a referral is never blocked by missing consent.
 */
public record SafeguardingReferral(UUID id, String subjectId, String safeguardingTeam, Category category,
                                   String referredBy, Instant referredAt) {

    public SafeguardingReferral {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(safeguardingTeam, "safeguardingTeam");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(referredAt, "referredAt");
    }

    /** The kinds of abuse the policy names (section 3). */
    public enum Category { NEGLECT, PHYSICAL, EMOTIONAL, SEXUAL, INSTITUTIONAL, OTHER }
}
