package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by sharing-service when a small provider's signed link is used, once, in the transaction
 * that records what it was for (the answer or the acknowledgement, with its own event).
 *
 * @param linkId The link.
 * @param purpose What the link was for: ANSWER_NOTIFICATION or ACKNOWLEDGE_GUIDANCE.
 * @param targetId The recipient notification or guidance note.
 * @param partnerId The partner the link spoke for.
 * @param usedBy The opaque actor id of the caller (the dashboard's service account).
 * @param usedAt When it was used.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProviderLinkUsed(
        UUID linkId,
        String purpose,
        UUID targetId,
        String partnerId,
        String usedBy,
        Instant usedAt) implements SharingEvent {

    public ProviderLinkUsed {
        requireNonNull(linkId, "linkId");
        requireNonNull(purpose, "purpose");
        requireNonNull(targetId, "targetId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(usedBy, "usedBy");
        requireNonNull(usedAt, "usedAt");
    }

    /** A link is addressed to a partner, not about a person. */
    @Override
    public String subjectId() {
        return null;
    }
}
