package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.vocabulary.NotificationCause;

/**
 * Emitted by sharing-service when it queues a notification to a partner that holds a release under
 * a withdrawn consent (P6.8).
 *
 * @param notificationId The notification.
 * @param releaseId The release concerned.
 * @param subjectId Pseudonymous data subject id.
 * @param partnerId Notified partner.
 * @param consentId The withdrawn consent.
 * @param cause Why the partner is notified.
 * @param withdrawnAt When the consent was withdrawn.
 * @param notifiedAt When the notification was queued.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RecipientNotified(
        UUID notificationId,
        UUID releaseId,
        String subjectId,
        String partnerId,
        UUID consentId,
        NotificationCause cause,
        Instant withdrawnAt,
        Instant notifiedAt) implements SharingEvent {

    public RecipientNotified {
        requireNonNull(notificationId, "notificationId");
        requireNonNull(releaseId, "releaseId");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(consentId, "consentId");
        requireNonNull(cause, "cause");
        requireNonNull(withdrawnAt, "withdrawnAt");
        requireNonNull(notifiedAt, "notifiedAt");
    }
}
