package org.infoshare.events.consent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by consent-service when a consent reaches its expiry time; silence never extends it
 * (P6.6).
 *
 * @param consentId The consent.
 * @param subjectId Pseudonymous data subject id.
 * @param consentVersion Version of the consent aggregate after this change.
 * @param expiredAt When it expired.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ConsentExpired(
        UUID consentId,
        String subjectId,
        long consentVersion,
        Instant expiredAt) implements ConsentEvent {

    public ConsentExpired {
        requireNonNull(consentId, "consentId");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(expiredAt, "expiredAt");
    }
}
