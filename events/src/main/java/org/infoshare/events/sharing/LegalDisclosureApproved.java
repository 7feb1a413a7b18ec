package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.Nullable;
import org.infoshare.events.vocabulary.LegalRecipientKind;
import org.infoshare.events.vocabulary.NotToldReason;

/**
 * Emitted by sharing-service when the DPO records a one-off disclosure under a legal duty (P2.1),
 * e.g. a court order, to a recipient that is not a partner. It asks consent-service, the only
 * holder of identities, to prepare the disclosure package (with the identity when the order needs
 * it) for the DPO to hand over. It carries no identifier of the person, only the subject id.
 *
 * @param disclosureId The disclosure.
 * @param subjectId Pseudonymous data subject id.
 * @param recipientKind Kind of body the disclosure goes to.
 * @param recipientOrganisation The receiving organisation, e.g. the court (an organisation, never a person).
 * @param orderReference Reference of the order or duty, e.g. the court order's case number.
 * @param identifiable True when the order requires the person's identity.
 * @param tellSubject True when the person is to be told of the disclosure.
 * @param notToldReason Why the person is not told; null when they are.
 * @param decidedBy Opaque id of the DPO who decided.
 * @param decidedAt When it was decided.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LegalDisclosureApproved(
        UUID disclosureId,
        String subjectId,
        LegalRecipientKind recipientKind,
        String recipientOrganisation,
        String orderReference,
        boolean identifiable,
        boolean tellSubject,
        @Nullable NotToldReason notToldReason,
        String decidedBy,
        Instant decidedAt) implements SharingEvent {

    public LegalDisclosureApproved {
        requireNonNull(disclosureId, "disclosureId");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(recipientKind, "recipientKind");
        requireNonNull(recipientOrganisation, "recipientOrganisation");
        requireNonNull(orderReference, "orderReference");
        requireNonNull(decidedBy, "decidedBy");
        requireNonNull(decidedAt, "decidedAt");
    }

    /** No partner: the recipient is a court, the police, a coroner or a tribunal. */
    @Override
    @JsonIgnore
    public String partnerId() {
        return null;
    }
}
