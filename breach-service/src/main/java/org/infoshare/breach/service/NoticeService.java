package org.infoshare.breach.service;

import io.cloudevents.CloudEvent;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.breach.domain.IndividualNoticeRule;
import org.infoshare.breach.domain.IndividualNotice;
import org.infoshare.rules.RuleResult;
import org.infoshare.breach.domain.BreachEventMapper;
import org.infoshare.breach.persistence.AssessmentRepository;
import org.infoshare.breach.persistence.BreachRepository;
import org.infoshare.breach.persistence.NoticeRepository;
import org.infoshare.events.breach.BreachNoticeDispatched;
import org.infoshare.events.vocabulary.NoticeChannel;
import org.infoshare.events.vocabulary.NoticeDispatchFailure;
import org.infoshare.messaging.inbox.IdempotentConsumer;
import org.infoshare.messaging.outbox.Outbox;
import org.jboss.logging.Logger;
import org.infoshare.web.Page;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * P14.3: one notice per affected person (by subject id, traced from the releases), with advice on
 * their rights and the support offered; possible at any assessed risk level, required where the
 * risk is high (Art. 34). Each new notice is requested from
 * consent-service (breach-notice-requested) in the transaction that records it, because only
 * consent-service holds contact details; its answer (breach-notice-dispatched) marks the notice sent,
 * announced as individuals-notified in the same transaction, or failed with the reason. Staff may
 * still record a notice sent by hand, e.g. after telling in person someone the vault could not reach.
 */
@ApplicationScoped
public class NoticeService {

    static final String DISPATCH_CONSUMER = "breach-notice-dispatched";
    private static final Logger LOG = Logger.getLogger(NoticeService.class);

    private final BreachRepository breaches;
    private final AssessmentRepository assessments;
    private final NoticeRepository notices;
    private final Outbox outbox;
    private final Clock clock;

    private final IdempotentConsumer idempotent;

    public NoticeService(BreachRepository breaches, AssessmentRepository assessments, NoticeRepository notices,
                         Outbox outbox, Clock clock, IdempotentConsumer idempotent) {
        this.breaches = breaches;
        this.assessments = assessments;
        this.notices = notices;
        this.outbox = outbox;
        this.clock = clock;
        this.idempotent = idempotent;
    }

    /**
     * What preparing answered: how many notices were prepared now (people traced since an earlier run
     * included), and whether telling them is required (Art. 34, high risk) or done by choice.
     */
    public record Prepared(int prepared, boolean required) {
    }

    /** Notices may be prepared at any assessed risk level; at high risk they are required (P14.3). */
    @WithTransaction
    public Uni<Prepared> prepare(UUID breachId, String advice, String supportOffered,
                                 Optional<NoticeChannel> preferredChannel) {
        return Breaches.require(breaches.lock(breachId), breachId).chain(breach -> assessments.latest(breachId)
                .chain(latest -> {
                    Optional<RuleResult> problem = IndividualNoticeRule.problemToPrepare(breach.status(), latest, advice,
                            supportOffered);
                    if (problem.isPresent()) {
                        return Breaches.<Prepared>refuse(problem.get());
                    }
                    return notices.prepare(breachId, IndividualNoticeRule.advice(advice), supportOffered.strip(),
                                    preferredChannel, clock.instant())
                            .call(added -> outbox.appendAll(added.stream().map(BreachEventMapper::requested).toList()))
                            .map(added -> new Prepared(added.size(), IndividualNoticeRule.required(latest)));
                }));
    }

    /** consent-service's answer about one notice, applied once per event. */
    @WithTransaction
    public Uni<Void> onDispatched(CloudEvent envelope, BreachNoticeDispatched dispatched) {
        return idempotent.applyOnce(DISPATCH_CONSUMER, envelope, () -> applyDispatch(dispatched)).replaceWithVoid();
    }

    private Uni<Void> applyDispatch(BreachNoticeDispatched dispatched) {
        // The breach's lock orders this after a concurrent close or manual "sent" of the same breach.
        return breaches.lock(dispatched.breachId())
                .chain(() -> notices.find(dispatched.breachId(), dispatched.noticeId()))
                .chain(found -> {
                    if (found.isEmpty() || !IndividualNoticeRule.dispatchApplies(found.get())) {
                        LOG.debugf("notice %s: dispatch answer does not change it", dispatched.noticeId());
                        return Uni.createFrom().voidItem();
                    }
                    if (dispatched.channel() == null) {
                        // Neither channel nor reason cannot come from consent-service's factories; still undelivered.
                        NoticeDispatchFailure reason = Optional.ofNullable(dispatched.failureReason())
                                .orElse(NoticeDispatchFailure.NO_CONTACT_DETAILS);
                        return notices.markFailed(dispatched.noticeId(), reason).replaceWithVoid();
                    }
                    return notices.markSent(dispatched.noticeId(), dispatched.channel(), dispatched.dispatchedAt())
                            .call(sent -> outbox.append(BreachEventMapper.notified(sent))).replaceWithVoid();
                });
    }

    @WithSession
    public Uni<Page<IndividualNotice>> list(UUID breachId, int page, int size) {
        return Breaches.require(breaches.find(breachId), breachId)
                .chain(() -> notices.list(breachId, page, size))
                .chain(items -> notices.count(breachId).map(count -> new Page<>(items, page, size, count.total())));
    }

    @WithTransaction
    public Uni<IndividualNotice> markSent(UUID breachId, UUID noticeId, NoticeChannel channel,
                                          Optional<Instant> sentAt) {
        return Breaches.require(breaches.lock(breachId), breachId)
                .chain(() -> notices.find(breachId, noticeId))
                .chain(found -> {
                    IndividualNotice notice = found.orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                            "No notice " + noticeId + " for breach " + breachId));
                    Instant now = clock.instant();
                    Instant at = sentAt.orElse(now);
                    Optional<RuleResult> problem = IndividualNoticeRule.problemToMarkSent(notice, at, now);
                    if (problem.isPresent()) {
                        return Breaches.<IndividualNotice>refuse(problem.get());
                    }
                    return notices.markSent(noticeId, channel, at)
                            .call(sent -> outbox.append(BreachEventMapper.notified(sent)));
                });
    }
}
