package org.infoshare.sharing.domain;

import org.infoshare.events.vocabulary.LegalRecipientKind;
import org.infoshare.events.vocabulary.NotToldReason;

import java.util.Objects;
import java.util.Optional;

/**
 * What the DPO puts forward for a one-off disclosure under a legal duty (P2.1), before the rules
 * have looked at it: about whom (subject id only), to which body, under which order, whether the
 * order needs the person's identity, the DPO's written justification, and whether the person is told.
 */
public record LegalDisclosureDraft(String subjectId, LegalRecipientKind recipientKind, String recipientOrganisation,
                                   Optional<String> orderReference, boolean identifiable,
                                   Optional<String> justification, boolean tellSubject,
                                   Optional<NotToldReason> notToldReason) {

    public LegalDisclosureDraft {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(recipientKind, "recipientKind");
        Objects.requireNonNull(recipientOrganisation, "recipientOrganisation");
        Objects.requireNonNull(orderReference, "orderReference");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(notToldReason, "notToldReason");
    }
}
