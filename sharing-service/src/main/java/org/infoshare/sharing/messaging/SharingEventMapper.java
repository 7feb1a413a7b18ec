package org.infoshare.sharing.messaging;

import org.infoshare.events.sharing.SafeguardingReferred;
import org.infoshare.events.vocabulary.SafeguardingCategory;
import org.infoshare.sharing.domain.SafeguardingReferral;

/** Translates sharing-service's domain into the shared event contract. */
public final class SharingEventMapper {

    private SharingEventMapper() {
    }

    /** The DPO is told through the referral list, which shows every referral as soon as it commits. */
    public static SafeguardingReferred referred(SafeguardingReferral referral) {
        return new SafeguardingReferred(referral.id(), referral.subjectId(), referral.safeguardingTeam(),
                SafeguardingCategory.valueOf(referral.category().name()), referral.referredBy(),
                referral.referredAt(), true);
    }
}
