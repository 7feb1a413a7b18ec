package org.infoshare.breach.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.breach.domain.BreachReport;
import org.infoshare.breach.domain.ReportTimeline;
import org.infoshare.breach.domain.Reporter;
import org.infoshare.breach.messaging.BreachEventMapper;
import org.infoshare.breach.persistence.BreachRepository;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.web.Page;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Records breach reports; the report and its breach-suspected event commit together. */
@ApplicationScoped
public class BreachReportService {

    private final BreachRepository breaches;
    private final Outbox outbox;
    private final Clock clock;

    public BreachReportService(BreachRepository breaches, Outbox outbox, Clock clock) {
        this.breaches = breaches;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What a reporter says; validated in the API, checked for consistency here. */
    public record NewReport(String summary, String discoveredHow, Instant occurredAt, Instant awareAt,
                            boolean cyberIncident, List<String> dataCategories, List<UUID> releaseIds) {
    }

    @WithTransaction
    public Uni<BreachReport> report(NewReport request, Reporter reporter) {
        Instant now = clock.instant();
        Optional<String> badTimeline = ReportTimeline.problem(request.occurredAt(), request.awareAt(), now);
        if (badTimeline.isPresent()) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.UNPROCESSABLE, badTimeline.get()));
        }
        BreachReport report = new BreachReport(UUID.randomUUID(), reporter, request.summary(),
                request.discoveredHow(), request.occurredAt(), request.awareAt(), request.cyberIncident(),
                request.dataCategories(), request.releaseIds(), now);
        return breaches.add(report)
                .chain(() -> outbox.append(BreachEventMapper.suspected(report)))
                .replaceWith(report);
    }

    /** A partner sees only its own reports; staff and the DPO see all. */
    @WithSession
    public Uni<Optional<BreachReport>> find(UUID id, Optional<String> partnerScope) {
        return breaches.find(id).map(found -> found.filter(report -> partnerScope.isEmpty()
                || partnerScope.equals(report.reporter().partnerId())));
    }

    @WithSession
    public Uni<Page<BreachReport>> list(Optional<String> partnerScope, int page, int size) {
        return breaches.list(partnerScope, page, size)
                .chain(items -> breaches.count(partnerScope).map(total -> new Page<>(items, page, size, total)));
    }
}
