package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by sharing-service when a partner declares that a protocol it is party to conflicts with
 * the law (P5.1), so every party and the dashboards are told at once. The description stays in
 * sharing-service; the event names the protocol, the partner and the law.
 *
 * @param conflictId The declaration.
 * @param protocolId The protocol concerned.
 * @param partnerId The declaring partner (the protocol's other party is the organisation).
 * @param purpose The protocol's purpose.
 * @param legalBasis The law the protocol conflicts with, as named by the partner.
 * @param declaredAt When it was declared.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProtocolConflictDeclared(
        UUID conflictId,
        UUID protocolId,
        String partnerId,
        String purpose,
        String legalBasis,
        Instant declaredAt) implements SharingEvent {

    public ProtocolConflictDeclared {
        requireNonNull(conflictId, "conflictId");
        requireNonNull(protocolId, "protocolId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(purpose, "purpose");
        requireNonNull(legalBasis, "legalBasis");
        requireNonNull(declaredAt, "declaredAt");
    }

    /** A protocol is not about a person. */
    @Override
    public String subjectId() {
        return null;
    }
}
