package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by sharing-service when a partner attests its security measures and its staff's awareness
 * for one of its protocols (P5.1). The statement stays in sharing-service.
 *
 * @param attestationId The attestation.
 * @param protocolId The protocol attested.
 * @param partnerId The attesting partner.
 * @param securityMeasuresMet Whether the protocol's security measures are in place.
 * @param staffInformed Whether its staff know the protocol.
 * @param recordedBy The partner's user who attested (opaque actor id).
 * @param attestedAt When it was attested.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProtocolAttested(
        UUID attestationId,
        UUID protocolId,
        String partnerId,
        boolean securityMeasuresMet,
        boolean staffInformed,
        String recordedBy,
        Instant attestedAt) implements SharingEvent {

    public ProtocolAttested {
        requireNonNull(attestationId, "attestationId");
        requireNonNull(protocolId, "protocolId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(recordedBy, "recordedBy");
        requireNonNull(attestedAt, "attestedAt");
    }

    /** An attestation is not about a person. */
    @Override
    public String subjectId() {
        return null;
    }
}
