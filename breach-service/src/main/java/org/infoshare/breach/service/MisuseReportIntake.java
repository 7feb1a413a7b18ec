package org.infoshare.breach.service;

import io.cloudevents.CloudEvent;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.breach.domain.BreachEventMapper;
import org.infoshare.breach.domain.BreachReport;
import org.infoshare.breach.domain.MisuseReportBreach;
import org.infoshare.breach.persistence.BreachRepository;
import org.infoshare.events.audit.MisuseEscalated;
import org.infoshare.web.Contracts;
import org.infoshare.messaging.inbox.IdempotentConsumer;
import org.infoshare.messaging.outbox.Outbox;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;

/**
 * P15.2 -> P14.1: opens a suspected breach for each misuse report the DPO escalated in
 * audit-service, with source {@code misuse-report} and the report id, and announces it
 * ({@code breach-suspected}) in the same transaction. Once per event id, and once per report
 * (the breach id comes from the report id): a redelivered or repeated escalation changes nothing.
 */
@ApplicationScoped
public class MisuseReportIntake {

    static final String CONSUMER = "misuse-escalated";
    private static final Logger LOG = Logger.getLogger(MisuseReportIntake.class);

    private final BreachRepository breaches;
    private final Outbox outbox;
    private final Clock clock;
    private final IdempotentConsumer idempotent;

    private final Contracts contracts;

    public MisuseReportIntake(BreachRepository breaches, Outbox outbox, Clock clock, IdempotentConsumer idempotent,
                              Contracts contracts) {
        this.contracts = contracts;
        this.breaches = breaches;
        this.outbox = outbox;
        this.clock = clock;
        this.idempotent = idempotent;
    }

    @WithTransaction
    public Uni<Void> onEscalated(CloudEvent envelope, MisuseEscalated escalated) {
        return idempotent.applyOnce(CONSUMER, envelope, () -> open(escalated)).replaceWithVoid();
    }

    private Uni<Void> open(MisuseEscalated escalated) {
        BreachReport report = MisuseReportBreach.suspected(escalated, clock.instant(),
                contracts.defaultContract().id()); // audit's reports name no contract: the default one
        return breaches.find(report.id()).chain(found -> {
            if (found.isPresent()) {
                return Uni.createFrom().voidItem();
            }
            return breaches.add(report)
                    .chain(() -> breaches.markSource(report.id(), MisuseReportBreach.SOURCE, escalated.reportId()))
                    .chain(() -> outbox.append(BreachEventMapper.suspected(report, List.of())))
                    .invoke(() -> LOG.infof("Suspected breach %s opened from misuse report %s", report.id(),
                            escalated.reportId()))
                    .replaceWithVoid();
        });
    }
}
