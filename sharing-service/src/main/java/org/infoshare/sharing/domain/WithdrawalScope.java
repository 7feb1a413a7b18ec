package org.infoshare.sharing.domain;

import java.util.List;
import java.util.Objects;

/**
 * P6.8: which releases a withdrawal reaches. A whole withdrawal reaches every release under the
 * consent; a partial one only the releases for a withdrawn purpose or to a withdrawn recipient (by
 * partner or by kind). Onward children of a reached release are always reached too (P10.1).
 * Built from the consent as projected, so repeated or partial withdrawals add up.
 */
public record WithdrawalScope(boolean whole, List<String> purposes, List<String> partnerIds,
                              List<String> partnerKinds) {

    public WithdrawalScope {
        purposes = List.copyOf(purposes);
        partnerIds = List.copyOf(partnerIds);
        partnerKinds = List.copyOf(partnerKinds);
    }

    public static WithdrawalScope of(ConsentProjection consent) {
        Objects.requireNonNull(consent, "consent");
        return new WithdrawalScope(consent.wholeWithdrawn(), consent.withdrawnPurposes(),
                consent.withdrawnPartnerIds(), consent.withdrawnPartnerKinds());
    }

    /** Whether a release made for these purposes to this recipient is reached (children aside). */
    public boolean reaches(List<String> releasePurposes, String partnerId, PartnerKind kind) {
        return whole || releasePurposes.stream().anyMatch(purposes::contains) || partnerIds.contains(partnerId)
                || partnerKinds.contains(kind.name());
    }
}
