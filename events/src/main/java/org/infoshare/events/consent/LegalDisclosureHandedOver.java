package org.infoshare.events.consent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.vocabulary.HandOverChannel;

/**
 * Emitted by consent-service when the DPO records that a legal-duty disclosure (P2.1) was handed to
 * its recipient, with the channel; sharing-service marks the disclosure completed. The identity
 * handed over never enters the event.
 *
 * @param disclosureId The disclosure (sharing-service's id).
 * @param subjectId Pseudonymous data subject id.
 * @param channel How it was handed over.
 * @param identityIncluded True when the person's identity was part of what was handed over.
 * @param recordedBy Opaque id of the DPO who handed it over and recorded it.
 * @param handedOverAt When it was handed over.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LegalDisclosureHandedOver(
        UUID disclosureId,
        String subjectId,
        HandOverChannel channel,
        boolean identityIncluded,
        String recordedBy,
        Instant handedOverAt) implements ConsentEvent {

    public LegalDisclosureHandedOver {
        requireNonNull(disclosureId, "disclosureId");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(channel, "channel");
        requireNonNull(recordedBy, "recordedBy");
        requireNonNull(handedOverAt, "handedOverAt");
    }
}
