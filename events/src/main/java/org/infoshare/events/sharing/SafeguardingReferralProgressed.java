package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.Nullable;
import org.infoshare.events.vocabulary.SafeguardingReferralStep;

/**
 * Emitted by sharing-service when a safeguarding referral moves on (P3.1): delivered to the
 * safeguarding team, acknowledged by it, escalated unanswered, or seen by the DPO. Never carries
 * the account of the concern.
 *
 * @param referralId The referral.
 * @param subjectId Pseudonymous data subject id.
 * @param partnerId The safeguarding team partner.
 * @param step What happened.
 * @param actorId Opaque id of who acted (the team's acknowledging actor, the DPO); null for the platform's own steps.
 * @param at When it happened.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SafeguardingReferralProgressed(
        UUID referralId,
        String subjectId,
        String partnerId,
        SafeguardingReferralStep step,
        @Nullable String actorId,
        Instant at) implements SharingEvent {

    public SafeguardingReferralProgressed {
        requireNonNull(referralId, "referralId");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(step, "step");
        requireNonNull(at, "at");
    }
}
