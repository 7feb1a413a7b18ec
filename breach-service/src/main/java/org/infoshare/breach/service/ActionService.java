package org.infoshare.breach.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.breach.domain.ActionKind;
import org.infoshare.breach.domain.Breach;
import org.infoshare.breach.domain.BreachStatus;
import org.infoshare.breach.domain.ClosureRule;
import org.infoshare.breach.domain.RemedialAction;
import org.infoshare.breach.domain.BreachEventMapper;
import org.infoshare.breach.persistence.ActionRepository;
import org.infoshare.breach.persistence.BreachRepository;
import org.infoshare.breach.persistence.NoticeRepository;
import org.infoshare.breach.persistence.ReleaseProjection;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.rules.RuleResult;
import org.infoshare.web.Problem;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * P14.4: owned, dated remedial actions on a breach, and closing it once they are all done (and the
 * duties of P14.2 and P14.3 are met); closing is announced as breach-closed in the same transaction.
 */
@ApplicationScoped
public class ActionService {

    private final BreachRepository breaches;
    private final ActionRepository actions;
    private final NoticeRepository notices;
    private final ReleaseProjection releases;
    private final Outbox outbox;
    private final Clock clock;

    public ActionService(BreachRepository breaches, ActionRepository actions, NoticeRepository notices,
                         ReleaseProjection releases, Outbox outbox, Clock clock) {
        this.breaches = breaches;
        this.actions = actions;
        this.notices = notices;
        this.releases = releases;
        this.outbox = outbox;
        this.clock = clock;
    }

    public record NewAction(ActionKind kind, String description, String owner, LocalDate dueOn) {
    }

    @WithTransaction
    public Uni<RemedialAction> add(UUID breachId, NewAction request, String recordedBy) {
        return open(breachId).chain(breach -> {
            RemedialAction action = new RemedialAction(UUID.randomUUID(), breachId, request.kind(),
                    request.description(), request.owner(), request.dueOn(), Optional.empty(), clock.instant(),
                    Optional.empty());
            return actions.add(action)
                    .chain(() -> outbox.append(BreachEventMapper.actionRecorded(action, recordedBy)))
                    .replaceWith(action);
        });
    }

    @WithSession
    public Uni<List<RemedialAction>> list(UUID breachId) {
        return Breaches.require(breaches.find(breachId), breachId).chain(() -> actions.list(breachId));
    }

    @WithTransaction
    public Uni<RemedialAction> complete(UUID breachId, UUID actionId, String outcome, String recordedBy) {
        return open(breachId)
                .chain(() -> actions.find(breachId, actionId))
                .chain(found -> {
                    RemedialAction action = found.orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                            "No action " + actionId + " for breach " + breachId));
                    if (action.done()) {
                        return Breaches.<RemedialAction>refuse(ProblemType.CONFLICT, "this action is already done");
                    }
                    return actions.markDone(actionId, outcome, clock.instant())
                            .call(done -> outbox.append(BreachEventMapper.actionCompleted(done, recordedBy)));
                });
    }

    /** Closes the breach, or answers 409 listing everything that still stands in the way. */
    @WithTransaction
    public Uni<Breach> close(UUID breachId) {
        return Breaches.require(breaches.lock(breachId), breachId).chain(breach -> actions.list(breachId)
                .chain(recorded -> releases.trace(breachId).chain(traced -> notices.count(breachId).chain(count -> {
                    int subjects = (int) traced.stream().filter(t -> t.subjectId().isPresent())
                            .map(t -> t.subjectId().get()).distinct().count();
                    List<RuleResult> refusals = ClosureRule.problems(breach.status(), recorded, subjects, count);
                    if (!refusals.isEmpty()) {
                        List<String> problems = refusals.stream().map(RuleResult::explanation).toList();
                        return Uni.createFrom().<Breach>failure(new ProblemException(Problem.refusedBy(
                                ProblemType.CONFLICT, "The breach cannot close yet: " + String.join("; ", problems),
                                problems.stream().map(p -> new Problem.FieldError("breach", p)).toList(),
                                RuleResult.ids(refusals))));
                    }
                    Instant now = clock.instant();
                    BreachStatus closed = new BreachStatus(breach.status().riskLevel(),
                            breach.status().icoReportedAt(), Optional.of(now));
                    return breaches.updateStatus(breachId, closed)
                            .chain(() -> outbox.append(BreachEventMapper.closed(breachId, recorded.size(), now)))
                            .replaceWith(new Breach(breach.report(), closed));
                }))));
    }

    private Uni<Breach> open(UUID breachId) {
        return Breaches.require(breaches.lock(breachId), breachId).chain(breach -> breach.status().closedAt().isPresent()
                ? Breaches.<Breach>refuse(ProblemType.CONFLICT, "the breach is closed")
                : Uni.createFrom().item(breach));
    }
}
