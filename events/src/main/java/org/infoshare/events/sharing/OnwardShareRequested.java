package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.Nullable;

/**
 * Emitted by sharing-service when a partner asks to pass a release on (P10.1) and the request
 * waits for the DPO's prior written consent. The justification stays in sharing-service.
 *
 * @param onwardRequestId The onward request.
 * @param releaseId The release the partner holds and asks to pass on.
 * @param subjectId The pseudonymous subject of the release; null for a non-personal release.
 * @param partnerId The partner holding the release, which asks.
 * @param recipientPartnerId The partner it would pass the data on to.
 * @param purpose The onward purpose.
 * @param requestedBy The partner's user who asked (opaque actor id).
 * @param requestedAt When it was asked.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OnwardShareRequested(
        UUID onwardRequestId,
        UUID releaseId,
        @Nullable String subjectId,
        String partnerId,
        String recipientPartnerId,
        String purpose,
        String requestedBy,
        Instant requestedAt) implements SharingEvent {

    public OnwardShareRequested {
        requireNonNull(onwardRequestId, "onwardRequestId");
        requireNonNull(releaseId, "releaseId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(recipientPartnerId, "recipientPartnerId");
        requireNonNull(purpose, "purpose");
        requireNonNull(requestedBy, "requestedBy");
        requireNonNull(requestedAt, "requestedAt");
    }
}
