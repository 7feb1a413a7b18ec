package org.infoshare.sharing.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.infoshare.events.vocabulary.NotificationCause;
import org.infoshare.events.vocabulary.RecipientResponse;
import org.infoshare.messaging.tracing.TraceContext;
import org.infoshare.sharing.domain.NotificationFilter;
import org.infoshare.sharing.domain.LawfulCondition;
import org.infoshare.sharing.domain.RecipientAnswer;
import org.infoshare.events.vocabulary.Article9Condition;
import org.infoshare.events.vocabulary.LawfulBasis;
import org.infoshare.sharing.domain.RecipientNotification;
import org.infoshare.sharing.domain.RecipientNotification.DeliveryState;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Recipient notifications (P6.8): made set-based on withdrawal, delivered, answered, escalated. */
@ApplicationScoped
public class RecipientNotificationRepository {

    /**
     * One statement: the reached releases and all their onward descendants still live are marked
     * withdrawn, and each gets one notification (the unique key makes a repeat a no-op). A partner
     * without a webhook is told by polling only. The recursive step is a LATERAL subquery behind
     * OFFSET 0 so it is always an index probe per reached release: as a plain join, a table the
     * planner has no statistics for (autovacuum lagging) got a hash join over a full scan of
     * {@code release} on every step (1.2 s at 1M releases instead of under 10 ms). Each notification
     * keeps the trace context of the withdrawal being applied, for its webhook sends later.
     */
    static final String PROPAGATE = """
            WITH RECURSIVE reached AS (
                SELECT id FROM release WHERE id IN (?1)
                UNION
                SELECT child.id FROM reached CROSS JOIN LATERAL
                    (SELECT id FROM release WHERE parent_release_id = reached.id OFFSET 0) child
            ), marked AS (
                UPDATE release SET status = 'WITHDRAWN', withdrawn_at = ?2
                WHERE id IN (SELECT id FROM reached) AND status = 'RELEASED'
                RETURNING id, partner_id, subject_id, subject_ref
            )
            INSERT INTO recipient_notification (id, release_id, partner_id, subject_id, subject_ref, consent_id, cause,
                                                withdrawn_at, notified_at, delivery_state, attempts, next_attempt_at,
                                                traceparent, tracestate)
            SELECT gen_random_uuid(), marked.id, marked.partner_id, marked.subject_id, marked.subject_ref, ?3, ?4, ?5, ?2,
                   CASE WHEN p.webhook_url IS NOT NULL AND p.webhook_secret_encrypted IS NOT NULL
                        THEN 'PENDING' ELSE 'POLL_ONLY' END, 0, ?2, CAST(?6 AS TEXT), CAST(?7 AS TEXT)
            FROM marked JOIN partner p ON p.id = marked.partner_id
            ON CONFLICT (release_id, cause) DO NOTHING
            RETURNING CAST(id AS TEXT), CAST(release_id AS TEXT), partner_id, subject_id""";

    private static final String ESCALATE = """
            UPDATE recipient_notification SET escalated_at = ?2
            WHERE answered_at IS NULL AND escalated_at IS NULL AND notified_at <= ?1
            RETURNING CAST(id AS TEXT)""";

    private final Entities entities;

    RecipientNotificationRepository(Entities entities) {
        this.entities = entities;
    }

    /** A notification just made: what the recipient-notified event and the latency metric need. */
    public record Made(UUID notificationId, UUID releaseId, String partnerId, String subjectId) {
    }

    public Uni<List<Made>> propagate(List<UUID> reachedReleaseIds, UUID consentId, NotificationCause cause,
                                     Instant withdrawnAt, Instant now) {
        if (reachedReleaseIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Optional<TraceContext> trace = TraceContext.current();
        return Panache.getSession().chain(session -> session.createNativeQuery(PROPAGATE, Object[].class)
                        .setParameter(1, reachedReleaseIds).setParameter(2, now).setParameter(3, consentId)
                        .setParameter(4, cause.name()).setParameter(5, withdrawnAt)
                        .setParameter(6, trace.map(TraceContext::traceparent).orElse(null))
                        .setParameter(7, trace.map(TraceContext::tracestate).orElse(null)).getResultList())
                .map(rows -> rows.stream().map(row -> new Made(UUID.fromString((String) row[0]),
                        UUID.fromString((String) row[1]), (String) row[2], (String) row[3])).toList());
    }

    public Uni<Optional<RecipientNotification>> find(UUID id) {
        return entities.findById(id).map(e -> Optional.ofNullable(e).map(RecipientNotificationRepository::toDomain));
    }

    /** A partner's own notification, locked for its answer; another partner's is as absent as none. */
    public Uni<Optional<RecipientNotification>> findOwnForAnswer(UUID id, String partnerId) {
        return entities.findById(id, LockModeType.PESSIMISTIC_WRITE).map(e -> Optional.ofNullable(e)
                .filter(found -> found.partnerId.equals(partnerId)).map(RecipientNotificationRepository::toDomain));
    }

    public Uni<Optional<RecipientNotification>> findOwn(UUID id, String partnerId) {
        return entities.find("id = ?1 and partnerId = ?2", id, partnerId).firstResult()
                .map(e -> Optional.ofNullable(e).map(RecipientNotificationRepository::toDomain));
    }

    public Uni<Void> answer(UUID id, RecipientAnswer answer, String by, Instant at) {
        return entities.findById(id).invoke(e -> {
            e.response = answer.response().name();
            // P4.1: the condition from the vocabulary; its label kept where free text was before
            e.lawfulCondition = answer.lawfulCondition().map(LawfulCondition::label).orElse(null);
            e.lawfulBasis = answer.lawfulCondition().map(c -> c.article6().name()).orElse(null);
            e.article9Condition = answer.lawfulCondition().flatMap(LawfulCondition::article9).map(Enum::name).orElse(null);
            e.justification = answer.justification().orElse(null);
            e.answeredBy = by;
            e.answeredAt = at;
        }).replaceWithVoid();
    }

    /** Unanswered notifications made at or before {@code cutoff} are marked escalated; answers their ids. */
    public Uni<List<UUID>> escalate(Instant cutoff, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(ESCALATE, String.class)
                        .setParameter(1, cutoff).setParameter(2, now).getResultList())
                .map(ids -> ids.stream().map(UUID::fromString).toList());
    }

    public Uni<List<RecipientNotification>> list(NotificationFilter filter, int page, int size) {
        return query(filter, Optional.of(Sort.descending("notifiedAt").and("id"))).page(Page.of(page, size)).list()
                .map(found -> found.stream().map(RecipientNotificationRepository::toDomain).toList());
    }

    /** Every notification of withdrawals of one consent, the earliest first (at most {@code limit}). */
    public Uni<List<RecipientNotification>> underConsent(UUID consentId, int limit) {
        return entities.find("consentId", Sort.ascending("notifiedAt").and("id"), consentId).page(Page.ofSize(limit))
                .list().map(found -> found.stream().map(RecipientNotificationRepository::toDomain).toList());
    }

    public Uni<Long> countUnderConsent(UUID consentId) {
        return entities.count("consentId", consentId);
    }

    public Uni<Long> count(NotificationFilter filter) {
        return query(filter, Optional.empty()).count();
    }

    private PanacheQuery<RecipientNotificationEntity> query(NotificationFilter filter, Optional<Sort> order) {
        return new Filters().equal("partnerId", "partner", filter.partnerId())
                .equal("releaseId", "release", filter.releaseId())
                .when(filter.unansweredOnly(), "answeredAt is null")
                .when(filter.escalatedOnly(), "escalatedAt is not null")
                .find(entities, order);
    }

    private static RecipientNotification toDomain(RecipientNotificationEntity e) {
        Optional<RecipientAnswer> answer = Optional.ofNullable(e.response).map(r -> new RecipientAnswer(
                RecipientResponse.valueOf(r), Optional.ofNullable(e.lawfulBasis).map(b -> new LawfulCondition(
                        LawfulBasis.valueOf(b), Optional.ofNullable(e.article9Condition).map(Article9Condition::valueOf))),
                Optional.ofNullable(e.justification)));
        return new RecipientNotification(e.id, e.releaseId, e.partnerId, e.subjectId, Optional.ofNullable(e.subjectRef),
                e.consentId, NotificationCause.valueOf(e.cause), e.withdrawnAt, e.notifiedAt,
                DeliveryState.valueOf(e.deliveryState), e.attempts, Optional.ofNullable(e.nextAttemptAt),
                Optional.ofNullable(e.lastError), Optional.ofNullable(e.deliveredAt), answer,
                Optional.ofNullable(e.answeredBy), Optional.ofNullable(e.answeredAt), Optional.ofNullable(e.escalatedAt));
    }

    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<RecipientNotificationEntity, UUID> {
    }
}
