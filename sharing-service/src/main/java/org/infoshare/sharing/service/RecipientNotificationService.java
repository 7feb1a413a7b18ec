package org.infoshare.sharing.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.vocabulary.Sensitivity;
import org.infoshare.events.vocabulary.SpecialCategoryData;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.rules.RuleResult;
import org.infoshare.sharing.config.SharingConfig;
import org.infoshare.sharing.domain.NotificationFilter;
import org.infoshare.sharing.domain.PropagationRecord;
import org.infoshare.sharing.domain.RecipientAnswer;
import org.infoshare.sharing.domain.RecipientNotification;
import org.infoshare.sharing.domain.SharingEventMapper;
import org.infoshare.sharing.persistence.RecipientNotificationRepository;
import org.infoshare.sharing.persistence.ReleaseRepository;
import org.infoshare.web.Page;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Notifications to recipients of withdrawn releases (P6.8): listed for polling, answered by their
 * partner (recipient-acknowledged), and escalated when unanswered too long.
 */
@ApplicationScoped
public class RecipientNotificationService {

    private static final Logger LOG = Logger.getLogger(RecipientNotificationService.class);

    private final RecipientNotificationRepository notifications;
    private final ReleaseRepository releases;
    private final Outbox outbox;
    private final SharingConfig config;
    private final Clock clock;

    public RecipientNotificationService(RecipientNotificationRepository notifications, ReleaseRepository releases,
                                        Outbox outbox, SharingConfig config, Clock clock) {
        this.notifications = notifications;
        this.releases = releases;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** The partner's reassessment, once; another partner's notification is 404. */
    @WithTransaction
    public Uni<RecipientNotification> answer(UUID id, String partnerId, RecipientAnswer answer, String actorId) {
        List<RuleResult> problems = answer.problems();
        if (!problems.isEmpty()) {
            return Uni.createFrom().failure(Problems.refused("response", problems));
        }
        return notifications.findOwnForAnswer(id, partnerId).chain(found -> {
            RecipientNotification notification = found.orElseThrow(() -> Problems.notFound("notification " + id));
            if (notification.answered()) {
                return Uni.createFrom().failure(Problems.conflict("Notification " + id + " was already answered ("
                        + notification.answer().get().response() + ")"));
            }
            return releases.find(notification.releaseId()).<RecipientNotification>chain(release -> {
                // P4.1: continuing with health data (and the like) needs an Art. 9(2) condition too
                boolean special = release.map(r -> SpecialCategoryData.anyIn(r.dataCategories())
                        || r.sensitivity() == Sensitivity.SPECIAL_CATEGORY).orElse(false);
                List<RuleResult> conditionProblems = answer.problems(special);
                if (!conditionProblems.isEmpty()) {
                    return Uni.createFrom().failure(Problems.refused("lawfulBasis", conditionProblems));
                }
                return record(id, answer, actorId);
            });
        });
    }

    private Uni<RecipientNotification> record(UUID id, RecipientAnswer answer, String actorId) {
        Instant now = clock.instant();
        return notifications.answer(id, answer, actorId, now).chain(() -> notifications.find(id))
                .map(java.util.Optional::orElseThrow)
                .call(answered -> outbox.append(SharingEventMapper.acknowledged(answered, now)));
    }

    @WithSession
    public Uni<RecipientNotification> findOwn(UUID id, String partnerId) {
        return notifications.findOwn(id, partnerId).map(found -> found.orElseThrow(() -> Problems.notFound("notification " + id)));
    }

    @WithSession
    public Uni<Page<RecipientNotification>> list(NotificationFilter filter, int page, int size) {
        return Page.of(notifications.list(filter, page, size), () -> notifications.count(filter), page, size);
    }

    /**
     * Every recipient record the withdrawals of a consent reached (P6.8), each with the release it
     * was passed on from (P10.1), the earliest notified first; at most {@code limit}, with how many
     * exist. None: 404, as for a consent never withdrawn.
     */
    @WithSession
    public Uni<Page<PropagationRecord>> propagationOf(UUID consentId, int limit) {
        return notifications.underConsent(consentId, limit).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().failure(Problems.notFound("withdrawal propagation of consent " + consentId));
            }
            return releases.parentsOf(found.stream().map(RecipientNotification::releaseId).toList())
                    .chain(parents -> notifications.countUnderConsent(consentId).map(total -> new Page<>(
                            found.stream().map(n -> new PropagationRecord(n,
                                    Optional.ofNullable(parents.get(n.releaseId())))).toList(), 0, limit, total)));
        });
    }

    /** Marks every notification unanswered for longer than the configured time as escalated; answers how many. */
    @WithTransaction
    public Uni<Integer> escalateOverdue(Instant now) {
        return notifications.escalate(now.minus(config.notification().answerWithin()), now).map(ids -> {
            if (!ids.isEmpty()) {
                LOG.warnf("P6.8: %d recipient notification(s) unanswered after %s escalated to the DPO: %s",
                        ids.size(), config.notification().answerWithin(), ids);
            }
            return ids.size();
        });
    }
}
