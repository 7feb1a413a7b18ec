package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.vocabulary.SafeguardingCategory;

/**
 * Emitted by sharing-service when staff refer a safeguarding concern to the local safeguarding
 * team (P3.1).
 *
 * @param referralId The referral.
 * @param subjectId Pseudonymous data subject id.
 * @param partnerId The safeguarding team partner.
 * @param category Category of abuse or neglect.
 * @param referredBy Opaque id of the referring actor.
 * @param referredAt When it was referred.
 * @param dpoNotified True when the referral is on the DPO's list (dpo-inbox), put there in the same transaction as this event.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SafeguardingReferred(
        UUID referralId,
        String subjectId,
        String partnerId,
        SafeguardingCategory category,
        String referredBy,
        Instant referredAt,
        boolean dpoNotified) implements SharingEvent {

    public SafeguardingReferred {
        requireNonNull(referralId, "referralId");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(category, "category");
        requireNonNull(referredBy, "referredBy");
        requireNonNull(referredAt, "referredAt");
    }
}
