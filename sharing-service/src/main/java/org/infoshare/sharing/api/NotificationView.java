package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.RecipientNotification;

import java.time.Instant;

/** A recipient notification as its partner sees it: the person only as the partner's own pseudonym. */
public record NotificationView(String id, String releaseId, String subjectRef, String cause, Instant withdrawnAt,
                               Instant notifiedAt, String response, String lawfulCondition, String justification,
                               Instant answeredAt) {

    static NotificationView of(RecipientNotification n) {
        return new NotificationView(n.id().toString(), n.releaseId().toString(), n.subjectRef().orElse(null),
                n.cause().name(), n.withdrawnAt(), n.notifiedAt(),
                n.answer().map(a -> a.response().name()).orElse(null),
                n.answer().flatMap(a -> a.lawfulCondition()).orElse(null),
                n.answer().flatMap(a -> a.justification()).orElse(null), n.answeredAt().orElse(null));
    }
}
