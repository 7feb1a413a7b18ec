package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.LegalDisclosure;

import java.time.Instant;
import java.util.UUID;

/** A legal-duty disclosure as the DPO sees it: the decision and, once done, the hand-over. */
public record LegalDisclosureView(UUID id, String subjectId, String recipientKind, String recipientOrganisation,
                                  String orderReference, String lawfulBasis, boolean identifiable,
                                  String justification, boolean tellSubject, String notToldReason,
                                  String decidedBy, Instant decidedAt, String status, String handOverChannel,
                                  String handedOverBy, Instant handedOverAt) {

    /** A legal duty rests on Art. 6(1)(c) (P4.1), always. */
    static final String LEGAL_OBLIGATION = "C";

    static LegalDisclosureView of(LegalDisclosure d) {
        return new LegalDisclosureView(d.id(), d.subjectId(), d.recipientKind().name(), d.recipientOrganisation(),
                d.orderReference(), LEGAL_OBLIGATION, d.identifiable(), d.justification(), d.tellSubject(),
                d.notToldReason().map(Enum::name).orElse(null), d.decidedBy(), d.decidedAt(), d.status().name(),
                d.handOverChannel().map(Enum::name).orElse(null), d.handedOverBy().orElse(null),
                d.handedOverAt().orElse(null));
    }
}
