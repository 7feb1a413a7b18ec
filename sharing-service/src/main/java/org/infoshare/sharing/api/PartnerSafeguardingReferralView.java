package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.SafeguardingReferral;
import org.infoshare.sharing.service.SafeguardingTeamService;

import java.time.Instant;
import java.util.UUID;

/**
 * A safeguarding referral as its team sees it. {@code concern} (the account) is filled only when
 * one referral is fetched, a read that is recorded; lists leave it null. No staff ids.
 */
public record PartnerSafeguardingReferralView(UUID id, String subjectId, String route, String category,
                                              Instant referredAt, String concern, Instant acknowledgedAt) {

    static PartnerSafeguardingReferralView listed(SafeguardingReferral referral) {
        return new PartnerSafeguardingReferralView(referral.id(), referral.subjectId(),
                referral.route().map(Enum::name).orElse(null), referral.category().name(), referral.referredAt(),
                null, referral.acknowledgedAt().orElse(null));
    }

    static PartnerSafeguardingReferralView fetched(SafeguardingTeamService.Fetched fetched) {
        SafeguardingReferral referral = fetched.referral();
        return new PartnerSafeguardingReferralView(referral.id(), referral.subjectId(),
                referral.route().map(Enum::name).orElse(null), referral.category().name(), referral.referredAt(),
                fetched.concern(), referral.acknowledgedAt().orElse(null));
    }

    /** The account of the concern is personal data: never in a log line. */
    @Override
    public String toString() {
        return "PartnerSafeguardingReferralView[" + id + "]";
    }
}
