package org.infoshare.sharing.domain;

import org.infoshare.events.vocabulary.HandOverChannel;
import org.infoshare.events.vocabulary.LegalRecipientKind;
import org.infoshare.events.vocabulary.NotToldReason;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * P2.1: a one-off disclosure under a legal duty (a court order, a police or coroner's request the
 * law obliges the organisation to answer) to a body that is not a partner, decided and recorded by
 * the DPO. It holds no identifier of the person: when the order needs the identity, consent-service
 * prepares it from its vault and the DPO hands it over; that hand-over completes the disclosure here.
 */
public record LegalDisclosure(UUID id, String subjectId, LegalRecipientKind recipientKind,
                              String recipientOrganisation, String orderReference, boolean identifiable,
                              String justification, boolean tellSubject, Optional<NotToldReason> notToldReason,
                              String decidedBy, Instant decidedAt, Status status,
                              Optional<HandOverChannel> handOverChannel, Optional<String> handedOverBy,
                              Optional<Instant> handedOverAt) {

    /** HANDOVER_REQUESTED: consent-service prepares the package; COMPLETED: handed to the recipient. */
    public enum Status { HANDOVER_REQUESTED, COMPLETED }

    public LegalDisclosure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(recipientKind, "recipientKind");
        Objects.requireNonNull(recipientOrganisation, "recipientOrganisation");
        Objects.requireNonNull(orderReference, "orderReference");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(notToldReason, "notToldReason");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(handOverChannel, "handOverChannel");
        Objects.requireNonNull(handedOverBy, "handedOverBy");
        Objects.requireNonNull(handedOverAt, "handedOverAt");
    }

    /** The DPO's decision on a draft every rule passed ({@link LegalDisclosureRules}). */
    public static LegalDisclosure decided(UUID id, LegalDisclosureDraft draft, String decidedBy, Instant at) {
        return new LegalDisclosure(id, draft.subjectId(), draft.recipientKind(), draft.recipientOrganisation().strip(),
                draft.orderReference().orElseThrow().strip(), draft.identifiable(),
                draft.justification().orElseThrow().strip(), draft.tellSubject(), draft.notToldReason(), decidedBy, at,
                Status.HANDOVER_REQUESTED, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
