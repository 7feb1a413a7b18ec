package org.infoshare.events.consent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.Nullable;
import org.infoshare.events.vocabulary.ReconfirmationReason;

/**
 * Emitted by consent-service when it asks a data subject to re-confirm a stale consent (P6.7).
 *
 * @param consentId The consent.
 * @param subjectId Pseudonymous data subject id.
 * @param reason Why re-confirmation is asked.
 * @param shareRequestId The held share, when the reason is SHARE_HELD.
 * @param requestedAt When it was asked.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ConsentReconfirmationRequested(
        UUID consentId,
        String subjectId,
        ReconfirmationReason reason,
        @Nullable UUID shareRequestId,
        Instant requestedAt) implements ConsentEvent {

    public ConsentReconfirmationRequested {
        requireNonNull(consentId, "consentId");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(reason, "reason");
        requireNonNull(requestedAt, "requestedAt");
    }
}
