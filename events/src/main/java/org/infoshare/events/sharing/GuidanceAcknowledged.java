package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by sharing-service when a small provider acknowledges the guidance note version it
 * received (P1.3); a repeated acknowledgement changes nothing and emits nothing.
 *
 * @param noteId The note version acknowledged.
 * @param partnerId The acknowledging partner.
 * @param smallProviderKind The note's kind of small provider.
 * @param version The note's version.
 * @param recordedBy The partner's user who acknowledged (opaque actor id).
 * @param acknowledgedAt When it was acknowledged.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GuidanceAcknowledged(
        UUID noteId,
        String partnerId,
        String smallProviderKind,
        int version,
        String recordedBy,
        Instant acknowledgedAt) implements SharingEvent {

    public GuidanceAcknowledged {
        requireNonNull(noteId, "noteId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(smallProviderKind, "smallProviderKind");
        requireNonNull(recordedBy, "recordedBy");
        requireNonNull(acknowledgedAt, "acknowledgedAt");
    }

    /** A guidance note is not about a person. */
    @Override
    public String subjectId() {
        return null;
    }
}
