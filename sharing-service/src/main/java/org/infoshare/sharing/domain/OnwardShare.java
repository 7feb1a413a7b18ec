package org.infoshare.sharing.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * P10.1: an onward share is a share of its own to the new recipient, so it must pass every rule an
 * original share passes (P6.2 consent, need to know and proportionality, P1.2/P1.3, P6.3, P6.7,
 * P8.1, P9.1, P7.1) and, on top, {@link OnwardSharingRule}. This is what the new recipient would
 * receive, as a share request the engine can decide.
 */
public final class OnwardShare {

    private OnwardShare() {
    }

    /**
     * The onward share: the person, basis (with its lawful condition, P4.1), consent, identifiability (and its reason), sensitivity and
     * payload of the original share; only the categories the holder itself received; the new
     * recipient and purpose; the holder's justification as the proportionality judgement (P6.2c).
     * It keeps the original's id, so the child release names the share it descends from.
     */
    public static ShareRequest request(ShareRequest original, Release parent, String recipientPartnerId,
                                       String purpose, String justification, String requestedBy, Instant requestedAt) {
        Objects.requireNonNull(parent, "parent");
        return new ShareRequest(original.id(), original.subjectId(), recipientPartnerId, purpose,
                parent.dataCategories(), original.identifiable(), original.identifiableReason(), original.basis(),
                original.consentId(), original.legalReference(), Optional.of(justification), original.sensitivity(),
                requestedBy, requestedAt, original.payload(), original.lawfulCondition())
                .withContract(original.contractId()); // an onward share stays under the original's contract
    }

    /** The same for a request already made, as the DPO decides it. */
    public static ShareRequest request(ShareRequest original, Release parent, OnwardRequest onward) {
        return request(original, parent, onward.recipientPartnerId(), onward.purpose(), onward.justification(),
                onward.requestedBy(), onward.requestedAt());
    }
}
