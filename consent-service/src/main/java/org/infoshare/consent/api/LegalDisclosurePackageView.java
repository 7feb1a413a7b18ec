package org.infoshare.consent.api;

import org.infoshare.consent.domain.LegalDisclosurePackage;

import java.time.Instant;
import java.util.UUID;

/** A legal-duty disclosure package as listed: the order, the recipient, the state; never the identity. */
public record LegalDisclosurePackageView(UUID disclosureId, String subjectId, String recipientKind,
                                         String recipientOrganisation, String orderReference, boolean identifiable,
                                         boolean tellSubject, String notToldReason, String status,
                                         Instant preparedAt, boolean identityFetched, String identityFetchedBy,
                                         Instant identityFetchedAt, String handOverChannel, String handedOverBy,
                                         Instant handedOverAt) {

    static LegalDisclosurePackageView of(LegalDisclosurePackage p) {
        return new LegalDisclosurePackageView(p.disclosureId(), p.subjectId(), p.recipientKind().name(),
                p.recipientOrganisation(), p.orderReference(), p.identifiable(), p.tellSubject(),
                p.notToldReason().map(Enum::name).orElse(null), p.status().name(), p.preparedAt(),
                p.identityFetchedAt().isPresent(), p.identityFetchedBy().orElse(null),
                p.identityFetchedAt().orElse(null), p.channel().map(Enum::name).orElse(null),
                p.handedOverBy().orElse(null), p.handedOverAt().orElse(null));
    }
}
