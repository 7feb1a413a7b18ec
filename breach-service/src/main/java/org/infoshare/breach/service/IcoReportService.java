package org.infoshare.breach.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.breach.domain.AffectedParties;
import org.infoshare.breach.domain.Breach;
import org.infoshare.breach.domain.BreachStatus;
import org.infoshare.breach.domain.IcoReport;
import org.infoshare.breach.domain.IcoReportContent;
import org.infoshare.breach.domain.IcoReportDraft;
import org.infoshare.breach.domain.IcoReportRule;
import org.infoshare.rules.RuleResult;
import org.infoshare.breach.domain.BreachEventMapper;
import org.infoshare.breach.persistence.ActionRepository;
import org.infoshare.breach.persistence.AssessmentRepository;
import org.infoshare.breach.persistence.BreachRepository;
import org.infoshare.breach.persistence.IcoReportRepository;
import org.infoshare.breach.persistence.NoticeRepository;
import org.infoshare.breach.persistence.ReleaseProjection;
import org.infoshare.events.vocabulary.BreachReportKind;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * P14.2: reports to the ICO, pre-filled from the breach, the traced numbers, the assessment, the
 * actions and the notices; the DPO may correct any field. The initial report stops the 72-hour clock;
 * each report is announced as breach-reported in the same transaction.
 */
@ApplicationScoped
public class IcoReportService {

    private final BreachRepository breaches;
    private final ReleaseProjection releases;
    private final AssessmentRepository assessments;
    private final ActionRepository actions;
    private final NoticeRepository notices;
    private final IcoReportRepository reports;
    private final Outbox outbox;
    private final Clock clock;

    public IcoReportService(BreachRepository breaches, ReleaseProjection releases, AssessmentRepository assessments,
                            ActionRepository actions, NoticeRepository notices, IcoReportRepository reports,
                            Outbox outbox, Clock clock) {
        this.breaches = breaches;
        this.releases = releases;
        this.assessments = assessments;
        this.actions = actions;
        this.notices = notices;
        this.reports = reports;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What the DPO sends; every content field may be left out to keep the pre-filled value. */
    public record NewIcoReport(BreachReportKind kind, Optional<String> icoReference, Optional<String> delayReasons,
                               Optional<List<String>> categoriesOfPeople, Optional<Integer> approximateSubjects,
                               Optional<List<String>> categoriesOfData, Optional<Integer> approximateRecords,
                               Optional<String> likelyConsequences, Optional<String> measuresTaken,
                               Optional<String> measuresProposed) {
    }

    /** The pre-filled content and whether a report made now would be late. */
    public record Draft(IcoReportContent content, Instant deadline, boolean lateIfReportedNow) {
    }

    @WithSession
    public Uni<Draft> draft(UUID breachId) {
        return Breaches.require(breaches.find(breachId), breachId).chain(breach -> prefill(breach)
                .map(content -> new Draft(content, breach.report().clock().deadline(),
                        breach.report().clock().isLate(clock.instant()))));
    }

    @WithTransaction
    public Uni<IcoReport> report(UUID breachId, NewIcoReport request, String actor) {
        return Breaches.require(breaches.lock(breachId), breachId).chain(breach -> assessments.latest(breachId)
                .chain(latest -> reports.list(breachId).chain(made -> {
                    Instant now = clock.instant();
                    boolean initialMade = made.stream().anyMatch(r -> r.kind() == BreachReportKind.INITIAL);
                    boolean late = IcoReportRule.late(request.kind(), breach.report().clock(), now);
                    Optional<RuleResult> problem = IcoReportRule.problem(request.kind(), breach.status(), latest,
                            initialMade, late, request.delayReasons());
                    if (problem.isPresent()) {
                        return Breaches.<IcoReport>refuse(problem.get());
                    }
                    return prefill(breach).chain(prefilled -> {
                        IcoReport report = new IcoReport(UUID.randomUUID(), breachId, request.kind(), late,
                                request.delayReasons().filter(r -> !r.isBlank()), request.icoReference(),
                                override(prefilled, request), actor, now);
                        BreachStatus status = request.kind() == BreachReportKind.INITIAL
                                ? new BreachStatus(breach.status().riskLevel(), Optional.of(now),
                                        breach.status().closedAt())
                                : breach.status();
                        return reports.add(report)
                                .chain(() -> breaches.updateStatus(breachId, status))
                                .chain(() -> outbox.append(BreachEventMapper.reported(report)))
                                .replaceWith(report);
                    });
                })));
    }

    @WithSession
    public Uni<List<IcoReport>> list(UUID breachId) {
        return Breaches.require(breaches.find(breachId), breachId).chain(() -> reports.list(breachId));
    }

    @WithSession
    public Uni<IcoReport> find(UUID breachId, UUID reportId) {
        return reports.find(breachId, reportId).map(found -> found.orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "No ICO report " + reportId + " for breach " + breachId)));
    }

    private Uni<IcoReportContent> prefill(Breach breach) {
        UUID id = breach.report().id();
        return assessments.latest(id).chain(latest -> {
            if (latest.isEmpty()) {
                return Breaches.<IcoReportContent>refuse(ProblemType.CONFLICT,
                        "assess the risk to individuals before reporting to the ICO");
            }
            return releases.trace(id)
                    .map(traced -> AffectedParties.of(traced, breach.report().dataCategories()))
                    .chain(affected -> actions.list(id)
                            .chain(done -> notices.count(id).map(count ->
                                    IcoReportDraft.prefill(breach.report(), affected, latest.get(), done, count))));
        });
    }

    private static IcoReportContent override(IcoReportContent c, NewIcoReport r) {
        return new IcoReportContent(c.whatHappened(), c.howDiscovered(), c.occurredAt(), c.awareAt(),
                c.cyberIncident(), r.categoriesOfPeople().orElse(c.categoriesOfPeople()),
                r.approximateSubjects().orElse(c.approximateSubjects()),
                r.categoriesOfData().orElse(c.categoriesOfData()),
                r.approximateRecords().orElse(c.approximateRecords()), c.recipientsInvolved(), c.riskLevel(),
                r.likelyConsequences().orElse(c.likelyConsequences()), r.measuresTaken().orElse(c.measuresTaken()),
                r.measuresProposed().orElse(c.measuresProposed()), c.individualsTold());
    }
}
