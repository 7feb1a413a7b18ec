package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.ConsentProjection;

import java.time.Instant;
import java.util.List;

/** What sharing-service knows of a consent, from consent-events. */
public record ConsentProjectionView(String consentId, String subjectId, long version, String state,
                                    List<String> purposes, List<String> dataCategories,
                                    List<String> recipientPartnerIds, List<String> recipientPartnerKinds,
                                    Instant lastConfirmedAt, Instant expiresAt) {

    static ConsentProjectionView of(ConsentProjection p) {
        return new ConsentProjectionView(p.consentId().toString(), p.subjectId(), p.version(), p.state().name(),
                p.effectivePurposes(), p.dataCategories(), p.effectivePartnerIds(), p.effectivePartnerKinds(),
                p.lastConfirmedAt().orElse(null), p.expiresAt().orElse(null));
    }
}
