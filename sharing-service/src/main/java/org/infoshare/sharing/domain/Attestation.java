package org.infoshare.sharing.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * P5.1: a partner's attestation for one protocol that its organisational, technical and security
 * measures meet the protocol, and that its staff and agents have been told the protocol.
 */
public record Attestation(UUID id, UUID protocolId, String partnerId, boolean securityMeasuresMet,
                          boolean staffInformed, Optional<String> statement, String attestedBy, Instant attestedAt) {

    public Attestation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(protocolId, "protocolId");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(attestedBy, "attestedBy");
        Objects.requireNonNull(attestedAt, "attestedAt");
    }

    /** Both halves of P5.1 attested. */
    public boolean complete() {
        return securityMeasuresMet && staffInformed;
    }
}
