package org.infoshare.events.consent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.vocabulary.ContactChannel;

/**
 * Emitted by consent-service when staff record a withdrawal of all or part of a consent, received
 * by any channel (P6.8).
 *
 * @param consentId The consent.
 * @param subjectId Pseudonymous data subject id.
 * @param consentVersion Version of the consent aggregate after this change.
 * @param wholeConsent True when the whole consent is withdrawn; the lists below are then informative only.
 * @param withdrawnPurposes Purposes withdrawn.
 * @param withdrawnRecipientPartnerIds Recipient partners withdrawn.
 * @param withdrawnRecipientPartnerKinds Recipient partner kinds withdrawn.
 * @param channel Channel the withdrawal came by.
 * @param recordedBy Opaque id of the actor who recorded it.
 * @param withdrawnAt When the withdrawal was made.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ConsentWithdrawn(
        UUID consentId,
        String subjectId,
        long consentVersion,
        boolean wholeConsent,
        List<String> withdrawnPurposes,
        List<String> withdrawnRecipientPartnerIds,
        List<String> withdrawnRecipientPartnerKinds,
        ContactChannel channel,
        String recordedBy,
        Instant withdrawnAt) implements ConsentEvent {

    public ConsentWithdrawn {
        requireNonNull(consentId, "consentId");
        requireNonNull(subjectId, "subjectId");
        withdrawnPurposes = List.copyOf(requireNonNull(withdrawnPurposes, "withdrawnPurposes"));
        withdrawnRecipientPartnerIds = List.copyOf(requireNonNull(withdrawnRecipientPartnerIds, "withdrawnRecipientPartnerIds"));
        withdrawnRecipientPartnerKinds = List.copyOf(requireNonNull(withdrawnRecipientPartnerKinds, "withdrawnRecipientPartnerKinds"));
        requireNonNull(channel, "channel");
        requireNonNull(recordedBy, "recordedBy");
        requireNonNull(withdrawnAt, "withdrawnAt");
    }
}
