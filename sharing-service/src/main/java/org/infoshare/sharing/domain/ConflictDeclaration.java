package org.infoshare.sharing.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * P5.1: a partner declares that (part of) a protocol is incompatible with the law it must comply
 * with, naming that law; compliance with the law takes precedence, and every party to the
 * protocol must be told as soon as possible.
 */
public record ConflictDeclaration(UUID id, UUID protocolId, String partnerId, String description, String legalBasis,
                                  String declaredBy, Instant declaredAt) {

    public ConflictDeclaration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(protocolId, "protocolId");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(declaredBy, "declaredBy");
        Objects.requireNonNull(declaredAt, "declaredAt");
    }
}
