package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by sharing-service when the DPO resolves a declared conflict of a protocol with the law
 * (P5.1). The written reasons stay in sharing-service.
 *
 * @param conflictId The declaration resolved.
 * @param protocolId The protocol concerned.
 * @param partnerId The partner that declared it.
 * @param outcome PROTOCOL_REINSTATED or PROTOCOL_EXPIRED.
 * @param protocolStatus The protocol's status after the resolution.
 * @param decidedBy The DPO who resolved it (opaque actor id).
 * @param resolvedAt When it was resolved.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProtocolConflictResolved(
        UUID conflictId,
        UUID protocolId,
        String partnerId,
        String outcome,
        String protocolStatus,
        String decidedBy,
        Instant resolvedAt) implements SharingEvent {

    public ProtocolConflictResolved {
        requireNonNull(conflictId, "conflictId");
        requireNonNull(protocolId, "protocolId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(outcome, "outcome");
        requireNonNull(protocolStatus, "protocolStatus");
        requireNonNull(decidedBy, "decidedBy");
        requireNonNull(resolvedAt, "resolvedAt");
    }

    /** A protocol conflict is not about a person. */
    @Override
    public String subjectId() {
        return null;
    }
}
