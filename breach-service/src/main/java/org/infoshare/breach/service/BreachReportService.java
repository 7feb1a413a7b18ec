package org.infoshare.breach.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.breach.domain.AffectedParties;
import org.infoshare.breach.domain.Breach;
import org.infoshare.breach.domain.BreachReport;
import org.infoshare.breach.domain.BreachScope;
import org.infoshare.breach.domain.Certainty;
import org.infoshare.breach.domain.Escalation;
import org.infoshare.breach.domain.PartnerReportRule;
import org.infoshare.breach.domain.PartnerWindow;
import org.infoshare.breach.domain.ReportTimeline;
import org.infoshare.breach.domain.Reporter;
import org.infoshare.breach.domain.BreachEventMapper;
import org.infoshare.breach.persistence.BreachRepository;
import org.infoshare.breach.persistence.EscalationRepository;
import org.infoshare.breach.persistence.ReleaseProjection;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.web.Page;
import org.infoshare.web.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Records breach reports (P14.1) and traces who they affect; the report and its breach-suspected event commit together. */
@ApplicationScoped
public class BreachReportService {

    private final BreachRepository breaches;
    private final ReleaseProjection releases;
    private final EscalationRepository escalations;
    private final Outbox outbox;
    private final Clock clock;

    public BreachReportService(BreachRepository breaches, ReleaseProjection releases, EscalationRepository escalations,
                               Outbox outbox, Clock clock) {
        this.breaches = breaches;
        this.releases = releases;
        this.escalations = escalations;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What a reporter says; validated in the API, checked for consistency here. */
    public record NewReport(Certainty certainty, String summary, String discoveredHow, Instant occurredAt,
                            Instant awareAt, boolean cyberIncident, List<String> dataCategories,
                            List<UUID> releaseIds, Optional<PartnerWindow> window, String contractId) {
    }

    /** A breach with the escalations its ICO clock raised. */
    public record BreachDetails(Breach breach, List<Escalation> escalations) {
    }

    @WithTransaction
    public Uni<BreachReport> report(NewReport request, Reporter reporter) {
        Instant now = clock.instant();
        Optional<String> problem = ReportTimeline.problem(request.occurredAt(), request.awareAt(), now)
                .or(() -> BreachScope.problem(request.releaseIds(), request.window(), reporter.partnerId(), now));
        if (problem.isPresent()) {
            return Breaches.refuse(ProblemType.UNPROCESSABLE, problem.get());
        }
        BreachReport report = new BreachReport(UUID.randomUUID(), reporter, request.certainty(), request.summary(),
                request.discoveredHow(), request.occurredAt(),
                PartnerReportRule.awareness(reporter, request.awareAt(), now), request.cyberIncident(),
                request.dataCategories(), new BreachScope(request.releaseIds(), request.window()), now,
                request.awareAt(), request.contractId());
        Uni<List<UUID>> announced = request.window().map(releases::releasesIn)
                .orElseGet(() -> Uni.createFrom().item(request.releaseIds()));
        Uni<Void> ownReleases = reporter.partnerId().isEmpty() ? Uni.createFrom().voidItem()
                : releases.recipientsOf(request.releaseIds()).chain(recipients ->
                        PartnerReportRule.foreignReleases(reporter, request.releaseIds(), recipients)
                                .<Uni<Void>>map(foreign -> Breaches.refuse(foreign, foreign.describe()))
                                .orElseGet(() -> Uni.createFrom().voidItem()));
        return ownReleases.chain(() -> breaches.add(report))
                .chain(() -> announced)
                .chain(ids -> BreachScope.tooMany(ids.size())
                        .<Uni<List<UUID>>>map(tooMany -> Breaches.refuse(ProblemType.UNPROCESSABLE, tooMany))
                        .orElseGet(() -> Uni.createFrom().item(ids)))
                .chain(ids -> outbox.append(BreachEventMapper.suspected(report, ids)))
                .replaceWith(report);
    }

    /** A partner sees only its own reports; staff and the DPO see all. */
    @WithSession
    public Uni<Optional<BreachDetails>> find(UUID id, Optional<String> partnerScope) {
        return breaches.find(id)
                .map(found -> found.filter(breach -> partnerScope.isEmpty()
                        || partnerScope.equals(breach.report().reporter().partnerId())))
                .chain(found -> found.isEmpty()
                        ? Uni.createFrom().item(Optional.<BreachDetails>empty())
                        : escalations.list(id).map(raised -> Optional.of(new BreachDetails(found.get(), raised))));
    }

    @WithSession
    public Uni<Page<Breach>> list(Optional<String> partnerScope, Optional<String> contractId, int page, int size) {
        return Page.of(breaches.list(partnerScope, contractId, page, size),
                () -> breaches.count(partnerScope, contractId), page, size);
    }

    /** P14.1: the people and partners a breach reaches through the releases, onward ones included. */
    @WithSession
    public Uni<AffectedParties> affected(UUID id) {
        return Breaches.require(breaches.find(id), id)
                .chain(breach -> releases.trace(id)
                        .map(traced -> AffectedParties.of(traced, breach.report().dataCategories())));
    }

    /** Now, by the service's clock, for views that show time left. */
    public Instant now() {
        return clock.instant();
    }
}
