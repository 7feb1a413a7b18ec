package org.infoshare.sharing.domain;

import org.infoshare.events.vocabulary.SafeguardingRoute;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * P3.1: information suggesting abuse or neglect goes straight to the local safeguarding team.
 * No consent is asked for or checked: a referral is never blocked by missing consent. The team is
 * a registered SAFEGUARDING_TEAM taking the referral's route ({@link SafeguardingTeamRule}); the
 * referral is delivered to it like a withdrawal notice (webhook, else polling), acknowledged by
 * it or escalated, and is on the DPO's list from the moment it is made until the DPO has seen it.
 * The account of the concern is never part of this record: it is read only by the team's fetch.
 * {@code route} is empty only for referrals made before routes.
 */
public record SafeguardingReferral(UUID id, String subjectId, String safeguardingTeam,
                                   Optional<SafeguardingRoute> route, Category category, String referredBy,
                                   Instant referredAt, RecipientNotification.DeliveryState deliveryState, int attempts,
                                   Optional<String> lastError, Optional<Instant> deliveredAt,
                                   Optional<Instant> acknowledgedAt, Optional<String> acknowledgedBy,
                                   Optional<Instant> escalatedAt, Optional<Instant> dpoListedAt,
                                   Optional<Instant> dpoSeenAt, Optional<String> dpoSeenBy) {

    /** The most characters the account of the concern may have. */
    public static final int MAX_CONCERN_LENGTH = 4000;

    public SafeguardingReferral {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(safeguardingTeam, "safeguardingTeam");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(referredAt, "referredAt");
        Objects.requireNonNull(deliveryState, "deliveryState");
    }

    /**
     * A new referral, on the DPO's list as it is stored: due for webhook delivery at once when the
     * team has a webhook, else left to the team's polling from the start.
     */
    public static SafeguardingReferral made(UUID id, String subjectId, String team, SafeguardingRoute route,
                                            Category category, String referredBy, Instant at, boolean byWebhook) {
        return new SafeguardingReferral(id, subjectId, team, Optional.of(route), category, referredBy, at,
                byWebhook ? RecipientNotification.DeliveryState.PENDING : RecipientNotification.DeliveryState.POLL_ONLY, 0, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(at), Optional.empty(), Optional.empty());
    }

    /** On the DPO's list: listed and not yet seen (an escalation lists it again). */
    public boolean onDpoList() {
        return dpoListedAt.isPresent() && dpoSeenAt.isEmpty();
    }

    public boolean acknowledged() {
        return acknowledgedAt.isPresent();
    }

    /** The kinds of abuse the policy names (section 3). */
    public enum Category { NEGLECT, PHYSICAL, EMOTIONAL, SEXUAL, INSTITUTIONAL, OTHER }
}
