package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.LawfulCondition;
import org.infoshare.sharing.domain.RecipientNotification;

import java.time.Instant;

/** A recipient notification as its partner sees it: the person only as the partner's own pseudonym. */
public record NotificationView(String id, String releaseId, String subjectRef, String cause, Instant withdrawnAt,
                               Instant notifiedAt, String response, String lawfulCondition, String lawfulBasis, String article9Condition, String justification,
                               Instant answeredAt) {

    static NotificationView of(RecipientNotification n) {
        return new NotificationView(n.id().toString(), n.releaseId().toString(), n.subjectRef().orElse(null),
                n.cause().name(), n.withdrawnAt(), n.notifiedAt(),
                n.answer().map(a -> a.response().name()).orElse(null),
                n.answer().flatMap(a -> a.lawfulCondition()).map(LawfulCondition::label).orElse(null),
                n.answer().flatMap(a -> a.lawfulCondition()).map(c -> c.article6().name()).orElse(null),
                n.answer().flatMap(a -> a.lawfulCondition()).flatMap(LawfulCondition::article9).map(Enum::name).orElse(null),
                n.answer().flatMap(a -> a.justification()).orElse(null), n.answeredAt().orElse(null));
    }
}
