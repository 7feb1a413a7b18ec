package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.Nullable;
import org.infoshare.events.vocabulary.ShareOutcome;

/**
 * Emitted by sharing-service when the policy engine or the DPO decides a share request (P6.2,
 * P6.7, P2.1).
 *
 * @param shareRequestId The share request.
 * @param subjectId Pseudonymous data subject id; null for aggregate shares.
 * @param partnerId Recipient partner.
 * @param consentId Consent relied on, if any.
 * @param outcome The decision.
 * @param reasons Policy rule ids behind the decision, e.g. "P6.7".
 * @param decidedBy Opaque id of the deciding actor or engine.
 * @param decidedAt When it was decided.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ShareDecided(
        UUID shareRequestId,
        @Nullable String subjectId,
        String partnerId,
        @Nullable UUID consentId,
        ShareOutcome outcome,
        List<String> reasons,
        String decidedBy,
        Instant decidedAt) implements SharingEvent {

    public ShareDecided {
        requireNonNull(shareRequestId, "shareRequestId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(outcome, "outcome");
        reasons = List.copyOf(requireNonNull(reasons, "reasons"));
        requireNonNull(decidedBy, "decidedBy");
        requireNonNull(decidedAt, "decidedAt");
    }
}
