package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.Attestation;

import java.time.Instant;

/** A partner's attestation for a protocol (P5.1). */
public record AttestationView(String id, String protocolId, String partnerId, boolean securityMeasuresMet,
                              boolean staffInformed, boolean complete, String statement, Instant attestedAt) {

    static AttestationView of(Attestation a) {
        return new AttestationView(a.id().toString(), a.protocolId().toString(), a.partnerId(), a.securityMeasuresMet(),
                a.staffInformed(), a.complete(), a.statement().orElse(null), a.attestedAt());
    }
}
