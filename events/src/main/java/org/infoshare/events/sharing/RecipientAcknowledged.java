package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.Nullable;
import org.infoshare.events.vocabulary.Article9Condition;
import org.infoshare.events.vocabulary.LawfulBasis;
import org.infoshare.events.vocabulary.RecipientResponse;

/**
 * Emitted by sharing-service when a partner records its reassessment of a notified release (P6.8).
 *
 * @param notificationId The notification answered.
 * @param releaseId The release concerned.
 * @param subjectId Pseudonymous data subject id.
 * @param partnerId Answering partner.
 * @param response The reassessment.
 * @param lawfulCondition Lawful condition named when continuing, as a label, e.g. "Art6(1)(c)" or
 *                        "Art6(1)(c)+Art9(2)(h)"; free text in answers recorded before P4.1's vocabulary.
 * @param acknowledgedAt When the partner answered.
 * @param lawfulBasis Art. 6(1) basis named when continuing (P4.1); null otherwise and in earlier events.
 * @param article9Condition Art. 9(2) condition named when continuing with special category data (P4.1); null otherwise.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RecipientAcknowledged(
        UUID notificationId,
        UUID releaseId,
        String subjectId,
        String partnerId,
        RecipientResponse response,
        @Nullable String lawfulCondition,
        Instant acknowledgedAt,
        @Nullable LawfulBasis lawfulBasis,
        @Nullable Article9Condition article9Condition) implements SharingEvent {

    public RecipientAcknowledged {
        requireNonNull(notificationId, "notificationId");
        requireNonNull(releaseId, "releaseId");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(response, "response");
        requireNonNull(acknowledgedAt, "acknowledgedAt");
    }
}
