package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.ConflictDeclaration;

import java.time.Instant;

/** A declared conflict of a protocol with the law (P5.1). */
public record ConflictView(String id, String protocolId, String partnerId, String description, String legalBasis,
                           Instant declaredAt) {

    static ConflictView of(ConflictDeclaration c) {
        return new ConflictView(c.id().toString(), c.protocolId().toString(), c.partnerId(), c.description(),
                c.legalBasis(), c.declaredAt());
    }
}
