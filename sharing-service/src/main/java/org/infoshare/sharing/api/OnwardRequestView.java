package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.OnwardRequest;

import java.time.Instant;

public record OnwardRequestView(String id, String releaseId, String requestingPartnerId, String recipientPartnerId,
                                String purpose, String justification, Instant requestedAt, String status,
                                String decidedBy, Instant decidedAt, String dpoJustification, String childReleaseId) {

    static OnwardRequestView of(OnwardRequest o) {
        return new OnwardRequestView(o.id().toString(), o.releaseId().toString(), o.requestingPartnerId(),
                o.recipientPartnerId(), o.purpose(), o.justification(), o.requestedAt(), o.status().name(),
                o.decidedBy().orElse(null), o.decidedAt().orElse(null), o.dpoJustification().orElse(null),
                o.childReleaseId().map(Object::toString).orElse(null));
    }
}
