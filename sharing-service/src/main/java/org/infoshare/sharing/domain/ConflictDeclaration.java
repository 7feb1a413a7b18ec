package org.infoshare.sharing.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * P5.1: a partner declares that (part of) a protocol is incompatible with the law it must comply
 * with, naming that law; compliance with the law takes precedence, and every party to the
 * protocol must be told as soon as possible. While it is open the protocol is suspended; the DPO
 * resolves it.
 */
public record ConflictDeclaration(UUID id, UUID protocolId, String partnerId, String description, String legalBasis,
                                  String declaredBy, Instant declaredAt, Optional<Resolution> resolution) {

    /** What the DPO decided: the protocol agreed again (the conflict is settled), or ended. */
    public enum Outcome { PROTOCOL_REINSTATED, PROTOCOL_EXPIRED }

    /** The DPO's resolution, with its written reasons. */
    public record Resolution(Outcome outcome, String reasons, String resolvedBy, Instant resolvedAt) {

        public Resolution {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(reasons, "reasons");
            Objects.requireNonNull(resolvedBy, "resolvedBy");
            Objects.requireNonNull(resolvedAt, "resolvedAt");
        }
    }

    public ConflictDeclaration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(protocolId, "protocolId");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(declaredBy, "declaredBy");
        Objects.requireNonNull(declaredAt, "declaredAt");
        Objects.requireNonNull(resolution, "resolution");
    }

    /** A new, open declaration. */
    public ConflictDeclaration(UUID id, UUID protocolId, String partnerId, String description, String legalBasis,
                               String declaredBy, Instant declaredAt) {
        this(id, protocolId, partnerId, description, legalBasis, declaredBy, declaredAt, Optional.empty());
    }

    public boolean open() {
        return resolution.isEmpty();
    }

    public ConflictDeclaration resolved(Resolution by) {
        return new ConflictDeclaration(id, protocolId, partnerId, description, legalBasis, declaredBy, declaredAt,
                Optional.of(by));
    }
}
