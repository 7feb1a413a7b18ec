package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.OnwardRequest;

import java.time.Instant;

/**
 * An onward request as the partner that asked sees it: the decision and its justification, but
 * not which member of staff decided (staff see that in {@link OnwardRequestView}).
 */
public record PartnerOnwardRequestView(String id, String releaseId, String requestingPartnerId,
                                       String recipientPartnerId, String purpose, String justification,
                                       Instant requestedAt, String status, Instant decidedAt, String dpoJustification,
                                       String childReleaseId) {

    static PartnerOnwardRequestView of(OnwardRequest o) {
        return new PartnerOnwardRequestView(o.id().toString(), o.releaseId().toString(), o.requestingPartnerId(),
                o.recipientPartnerId(), o.purpose(), o.justification(), o.requestedAt(), o.status().name(),
                o.decidedAt().orElse(null), o.dpoJustification().orElse(null),
                o.childReleaseId().map(Object::toString).orElse(null));
    }
}
