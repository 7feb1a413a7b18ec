package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.Nullable;
import org.infoshare.events.vocabulary.RecipientResponse;

/**
 * Emitted by sharing-service when a partner records its reassessment of a notified release (P6.8).
 *
 * @param notificationId The notification answered.
 * @param releaseId The release concerned.
 * @param subjectId Pseudonymous data subject id.
 * @param partnerId Answering partner.
 * @param response The reassessment.
 * @param lawfulCondition Lawful condition named when continuing, e.g. "Art6(1)(c)".
 * @param acknowledgedAt When the partner answered.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RecipientAcknowledged(
        UUID notificationId,
        UUID releaseId,
        String subjectId,
        String partnerId,
        RecipientResponse response,
        @Nullable String lawfulCondition,
        Instant acknowledgedAt) implements SharingEvent {

    public RecipientAcknowledged {
        requireNonNull(notificationId, "notificationId");
        requireNonNull(releaseId, "releaseId");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(response, "response");
        requireNonNull(acknowledgedAt, "acknowledgedAt");
    }
}
