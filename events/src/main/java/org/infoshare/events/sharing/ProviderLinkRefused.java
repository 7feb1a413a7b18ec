package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by sharing-service when a known small provider's link is tried and refused: already
 * used, expired, or tried for another purpose than its own. Unknown tokens are not recorded (there
 * is no link to name).
 *
 * @param linkId The link.
 * @param purpose The link's own purpose.
 * @param attemptedPurpose What the attempt tried to do with it.
 * @param targetId The recipient notification or guidance note.
 * @param partnerId The partner the link speaks for.
 * @param reason ALREADY_USED, EXPIRED or WRONG_PURPOSE.
 * @param attemptedBy The opaque actor id of the caller.
 * @param attemptedAt When it was tried.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProviderLinkRefused(
        UUID linkId,
        String purpose,
        String attemptedPurpose,
        UUID targetId,
        String partnerId,
        String reason,
        String attemptedBy,
        Instant attemptedAt) implements SharingEvent {

    public ProviderLinkRefused {
        requireNonNull(linkId, "linkId");
        requireNonNull(purpose, "purpose");
        requireNonNull(attemptedPurpose, "attemptedPurpose");
        requireNonNull(targetId, "targetId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(reason, "reason");
        requireNonNull(attemptedBy, "attemptedBy");
        requireNonNull(attemptedAt, "attemptedAt");
    }

    /** A link is addressed to a partner, not about a person. */
    @Override
    public String subjectId() {
        return null;
    }
}
