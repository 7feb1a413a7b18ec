package org.infoshare.breach.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.breach.domain.HighRiskNoticeRule;
import org.infoshare.breach.domain.IndividualNotice;
import org.infoshare.breach.domain.Refusal;
import org.infoshare.breach.messaging.BreachEventMapper;
import org.infoshare.breach.persistence.AssessmentRepository;
import org.infoshare.breach.persistence.BreachRepository;
import org.infoshare.breach.persistence.NoticeRepository;
import org.infoshare.events.vocabulary.NoticeChannel;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.web.Page;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * P14.3: where the risk is high, one notice per affected person (by subject id, traced from the
 * releases), with advice on their rights and the support offered; sending each is recorded and
 * announced as individuals-notified in the same transaction.
 */
@ApplicationScoped
public class NoticeService {

    private final BreachRepository breaches;
    private final AssessmentRepository assessments;
    private final NoticeRepository notices;
    private final Outbox outbox;
    private final Clock clock;

    public NoticeService(BreachRepository breaches, AssessmentRepository assessments, NoticeRepository notices,
                         Outbox outbox, Clock clock) {
        this.breaches = breaches;
        this.assessments = assessments;
        this.notices = notices;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return how many notices were prepared now (people traced since an earlier run included) */
    @WithTransaction
    public Uni<Integer> prepare(UUID breachId, String advice, String supportOffered) {
        return Breaches.require(breaches.lock(breachId), breachId).chain(breach -> assessments.latest(breachId)
                .chain(latest -> {
                    Optional<Refusal> problem = HighRiskNoticeRule.problemToPrepare(breach.status(), latest, advice,
                            supportOffered);
                    if (problem.isPresent()) {
                        return Breaches.<Integer>refuse(problem.get());
                    }
                    return notices.prepare(breachId, HighRiskNoticeRule.advice(advice), supportOffered.strip(),
                            clock.instant());
                }));
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
                    Optional<Refusal> problem = HighRiskNoticeRule.problemToMarkSent(notice, at, now);
                    if (problem.isPresent()) {
                        return Breaches.<IndividualNotice>refuse(problem.get());
                    }
                    return notices.markSent(noticeId, channel, at)
                            .call(sent -> outbox.append(BreachEventMapper.notified(sent)));
                });
    }
}
