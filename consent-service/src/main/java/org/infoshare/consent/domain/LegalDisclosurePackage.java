package org.infoshare.consent.domain;

import org.infoshare.events.vocabulary.HandOverChannel;
import org.infoshare.events.vocabulary.LegalRecipientKind;
import org.infoshare.events.vocabulary.NotToldReason;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * P2.1: what consent-service prepares for the DPO to hand over for a legal-duty disclosure decided
 * in sharing-service, without its content: the identity (when the order needs it) stays encrypted
 * beside it until the DPO fetches it, once.
 *
 * @param status PREPARED: ready to hand over; UNKNOWN_SUBJECT: the vault does not know the person;
 *               HANDED_OVER: handed to the recipient, by the channel recorded
 */
public record LegalDisclosurePackage(UUID disclosureId, String subjectId, LegalRecipientKind recipientKind,
                                     String recipientOrganisation, String orderReference, boolean identifiable,
                                     boolean tellSubject, Optional<NotToldReason> notToldReason, String decidedBy,
                                     Instant decidedAt, Status status, Instant preparedAt,
                                     Optional<String> identityFetchedBy, Optional<Instant> identityFetchedAt,
                                     Optional<HandOverChannel> channel, Optional<String> handedOverBy,
                                     Optional<Instant> handedOverAt) {

    public enum Status { PREPARED, UNKNOWN_SUBJECT, HANDED_OVER }

    public LegalDisclosurePackage {
        Objects.requireNonNull(disclosureId, "disclosureId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(recipientKind, "recipientKind");
        Objects.requireNonNull(recipientOrganisation, "recipientOrganisation");
        Objects.requireNonNull(orderReference, "orderReference");
        Objects.requireNonNull(notToldReason, "notToldReason");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(identityFetchedBy, "identityFetchedBy");
        Objects.requireNonNull(identityFetchedAt, "identityFetchedAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(handedOverBy, "handedOverBy");
        Objects.requireNonNull(handedOverAt, "handedOverAt");
    }

    /** The read's purpose as recorded (P6.1): names the disclosure and the order. */
    public String purpose() {
        return PersonalDataRead.LEGAL_DUTY_PURPOSE + " " + disclosureId + " under " + orderReference;
    }
}
