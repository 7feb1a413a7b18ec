package org.infoshare.events.consent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.vocabulary.CaptureChannel;

/**
 * Emitted by consent-service when a data subject explicitly re-confirms a consent (P6.6, P6.7).
 *
 * @param consentId The consent.
 * @param subjectId Pseudonymous data subject id.
 * @param consentVersion Version of the consent aggregate after this change.
 * @param channel How the re-confirmation was captured.
 * @param recordedBy Opaque id of the actor who recorded it.
 * @param reconfirmedAt When it was re-confirmed.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ConsentReconfirmed(
        UUID consentId,
        String subjectId,
        long consentVersion,
        CaptureChannel channel,
        String recordedBy,
        Instant reconfirmedAt) implements ConsentEvent {

    public ConsentReconfirmed {
        requireNonNull(consentId, "consentId");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(channel, "channel");
        requireNonNull(recordedBy, "recordedBy");
        requireNonNull(reconfirmedAt, "reconfirmedAt");
    }
}
