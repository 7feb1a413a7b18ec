package org.infoshare.events.webhook;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.Nullable;
import org.infoshare.events.vocabulary.NotificationCause;

/**
 * The body of the webhook sharing-service sends a partner that holds a release under a withdrawn
 * consent (P6.8): the partner's contract, so a record with a versioned JSON Schema ({@link #SCHEMA})
 * like every event, though it is not a CloudEvent. It names the person only by the partner's own
 * pseudonym, never the organisation's subject id. Signed with {@link WebhookSignature}.
 *
 * @param type Always {@value #TYPE}: what the body announces.
 * @param notificationId The notification, also sent as the Infoshare-Delivery header.
 * @param releaseId The release concerned.
 * @param subjectRef The partner's own pseudonym for the person; null for a release that named nobody.
 * @param cause Why the partner is notified.
 * @param withdrawnAt When the consent was withdrawn.
 * @param notifiedAt When the notification was queued.
 * @param answerBy When the partner's answer is due (notifiedAt plus the configured answer time).
 * @param answer The path to POST the answer to, relative to the API's base address.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WithdrawalNotice(
        String type,
        UUID notificationId,
        UUID releaseId,
        @Nullable String subjectRef,
        NotificationCause cause,
        Instant withdrawnAt,
        Instant notifiedAt,
        Instant answerBy,
        String answer) {

    public static final String TYPE = "recipient-notified";
    public static final int VERSION = 1;
    /** The class path resource of the body's JSON Schema. */
    public static final String SCHEMA = "/schemas/webhook/withdrawal-notice/v" + VERSION + ".json";

    public WithdrawalNotice {
        requireNonNull(type, "type");
        if (!TYPE.equals(type)) {
            throw new IllegalArgumentException("a withdrawal notice is of type " + TYPE);
        }
        requireNonNull(notificationId, "notificationId");
        requireNonNull(releaseId, "releaseId");
        requireNonNull(cause, "cause");
        requireNonNull(withdrawnAt, "withdrawnAt");
        requireNonNull(notifiedAt, "notifiedAt");
        requireNonNull(answerBy, "answerBy");
        requireNonNull(answer, "answer");
    }

    /** The notice of one notification; the answer path follows from its id. */
    public static WithdrawalNotice of(UUID notificationId, UUID releaseId, String subjectRef, NotificationCause cause,
                                      Instant withdrawnAt, Instant notifiedAt, Instant answerBy) {
        return new WithdrawalNotice(TYPE, notificationId, releaseId, subjectRef, cause, withdrawnAt, notifiedAt,
                answerBy, "/api/v1/partner/notifications/" + notificationId + "/answer");
    }
}
