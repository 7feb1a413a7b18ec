package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.SafeguardingReferral;

import java.time.Instant;
import java.util.UUID;

/**
 * A safeguarding referral as staff and the DPO see it: where it went, how delivery and the team's
 * acknowledgement stand, and whether it is on the DPO's list. Not the account of the concern,
 * which only the team reads.
 */
public record SafeguardingReferralView(UUID id, String subjectId, String safeguardingTeam, String route,
                                       String category, Instant referredAt, String deliveryState, int attempts,
                                       Instant deliveredAt, Instant acknowledgedAt, Instant escalatedAt,
                                       boolean onDpoList, Instant dpoSeenAt) {

    static SafeguardingReferralView of(SafeguardingReferral referral) {
        return new SafeguardingReferralView(referral.id(), referral.subjectId(), referral.safeguardingTeam(),
                referral.route().map(Enum::name).orElse(null), referral.category().name(), referral.referredAt(),
                referral.deliveryState().name(), referral.attempts(), referral.deliveredAt().orElse(null),
                referral.acknowledgedAt().orElse(null), referral.escalatedAt().orElse(null), referral.onDpoList(),
                referral.dpoSeenAt().orElse(null));
    }
}
