package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.Nullable;

/**
 * Emitted by sharing-service when the DPO approves or refuses an onward share (P10.1). An approval
 * also releases a child release (share-released) in the same transaction.
 *
 * @param onwardRequestId The onward request.
 * @param releaseId The release the partner holds and asks to pass on.
 * @param subjectId The pseudonymous subject of the release; null for a non-personal release.
 * @param partnerId The partner holding the release, which asks.
 * @param recipientPartnerId The partner it would pass the data on to.
 * @param purpose The onward purpose.
 * @param approved Whether the DPO gave the organisation's prior written consent.
 * @param childReleaseId The child release an approval made; null for a refusal.
 * @param decidedBy The DPO who decided (opaque actor id).
 * @param decidedAt When it was decided.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OnwardShareDecided(
        UUID onwardRequestId,
        UUID releaseId,
        @Nullable String subjectId,
        String partnerId,
        String recipientPartnerId,
        String purpose,
        boolean approved,
        @Nullable UUID childReleaseId,
        String decidedBy,
        Instant decidedAt) implements SharingEvent {

    public OnwardShareDecided {
        requireNonNull(onwardRequestId, "onwardRequestId");
        requireNonNull(releaseId, "releaseId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(recipientPartnerId, "recipientPartnerId");
        requireNonNull(purpose, "purpose");
        requireNonNull(decidedBy, "decidedBy");
        requireNonNull(decidedAt, "decidedAt");
    }
}
