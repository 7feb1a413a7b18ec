package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by sharing-service when it issues a small provider's signed link (issue 13 item 4b): a
 * withdrawal notice to answer or a guidance note to acknowledge without an account. Never the token.
 *
 * @param linkId The link.
 * @param purpose What the link is for: ANSWER_NOTIFICATION or ACKNOWLEDGE_GUIDANCE.
 * @param targetId The recipient notification or guidance note the link is bound to.
 * @param partnerId The partner the link speaks for.
 * @param issuedAt When it was issued.
 * @param expiresAt When it stops working.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProviderLinkIssued(
        UUID linkId,
        String purpose,
        UUID targetId,
        String partnerId,
        Instant issuedAt,
        Instant expiresAt) implements SharingEvent {

    public ProviderLinkIssued {
        requireNonNull(linkId, "linkId");
        requireNonNull(purpose, "purpose");
        requireNonNull(targetId, "targetId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(issuedAt, "issuedAt");
        requireNonNull(expiresAt, "expiresAt");
    }

    /** A link is addressed to a partner, not about a person. */
    @Override
    public String subjectId() {
        return null;
    }
}
