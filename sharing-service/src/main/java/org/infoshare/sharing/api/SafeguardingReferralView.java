package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.SafeguardingReferral;

import java.time.Instant;
import java.util.UUID;

/** A safeguarding referral as staff and the DPO see it. */
public record SafeguardingReferralView(UUID id, String subjectId, String safeguardingTeam, String category,
                                       Instant referredAt) {

    static SafeguardingReferralView of(SafeguardingReferral referral) {
        return new SafeguardingReferralView(referral.id(), referral.subjectId(), referral.safeguardingTeam(),
                referral.category().name(), referral.referredAt());
    }
}
