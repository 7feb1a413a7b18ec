package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.ConflictDeclaration;

import java.time.Instant;

/** A declared conflict of a protocol with the law (P5.1): open until the DPO resolves it. */
public record ConflictView(String id, String protocolId, String partnerId, String description, String legalBasis,
                           Instant declaredAt, boolean open, String resolutionOutcome, String resolution,
                           String resolvedBy, Instant resolvedAt) {

    static ConflictView of(ConflictDeclaration c) {
        var r = c.resolution();
        return new ConflictView(c.id().toString(), c.protocolId().toString(), c.partnerId(), c.description(),
                c.legalBasis(), c.declaredAt(), c.open(), r.map(x -> x.outcome().name()).orElse(null),
                r.map(ConflictDeclaration.Resolution::reasons).orElse(null),
                r.map(ConflictDeclaration.Resolution::resolvedBy).orElse(null),
                r.map(ConflictDeclaration.Resolution::resolvedAt).orElse(null));
    }
}
