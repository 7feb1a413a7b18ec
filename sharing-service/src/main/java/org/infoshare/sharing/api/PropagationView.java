package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.LawfulCondition;
import org.infoshare.sharing.domain.RecipientNotification;

import java.time.Instant;

/** A recipient notification on the DPO's propagation dashboard: delivery, answer and escalation. */
public record PropagationView(String id, String releaseId, String partnerId, String subjectId, String consentId,
                              String cause, Instant withdrawnAt, Instant notifiedAt, String deliveryState,
                              int attempts, String lastError, Instant deliveredAt, String response,
                              String lawfulCondition, String lawfulBasis, String article9Condition, String justification, Instant answeredAt, Instant escalatedAt) {

    static PropagationView of(RecipientNotification n) {
        return new PropagationView(n.id().toString(), n.releaseId().toString(), n.partnerId(), n.subjectId(),
                n.consentId().toString(), n.cause().name(), n.withdrawnAt(), n.notifiedAt(), n.deliveryState().name(),
                n.attempts(), n.lastError().orElse(null), n.deliveredAt().orElse(null),
                n.answer().map(a -> a.response().name()).orElse(null),
                n.answer().flatMap(a -> a.lawfulCondition()).map(LawfulCondition::label).orElse(null),
                n.answer().flatMap(a -> a.lawfulCondition()).map(c -> c.article6().name()).orElse(null),
                n.answer().flatMap(a -> a.lawfulCondition()).flatMap(LawfulCondition::article9).map(Enum::name).orElse(null),
                n.answer().flatMap(a -> a.justification()).orElse(null), n.answeredAt().orElse(null),
                n.escalatedAt().orElse(null));
    }
}
