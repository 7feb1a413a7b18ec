package org.infoshare.sharing.domain;

import org.infoshare.events.vocabulary.NotificationCause;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A recipient told that a release it holds is withdrawn (P6.8): how delivery stands, and its
 * answer once given. {@code subjectRef} is the pseudonym the recipient knows the person by.
 */
public record RecipientNotification(UUID id, UUID releaseId, String partnerId, String subjectId,
                                    Optional<String> subjectRef, UUID consentId, NotificationCause cause,
                                    Instant withdrawnAt, Instant notifiedAt, DeliveryState deliveryState,
                                    int attempts, Optional<Instant> nextAttemptAt, Optional<String> lastError,
                                    Optional<Instant> deliveredAt, Optional<RecipientAnswer> answer,
                                    Optional<String> answeredBy, Optional<Instant> answeredAt,
                                    Optional<Instant> escalatedAt) {

    /**
     * PENDING: a webhook delivery is due; DELIVERED: the partner's endpoint took it; FAILED: retries
     * ran out; POLL_ONLY: the partner has no webhook. In every state it is listed for polling.
     */
    public enum DeliveryState { PENDING, DELIVERED, FAILED, POLL_ONLY }

    public RecipientNotification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(releaseId, "releaseId");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(deliveryState, "deliveryState");
        Objects.requireNonNull(answer, "answer");
    }

    public boolean answered() {
        return answer.isPresent();
    }
}
