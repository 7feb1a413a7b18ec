package org.infoshare.breach.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.breach.config.BreachSettings;
import org.infoshare.breach.domain.Breach;
import org.infoshare.breach.domain.BreachEventMapper;
import org.infoshare.breach.domain.EscalationPoints;
import org.infoshare.breach.domain.IcoClock;
import org.infoshare.breach.persistence.BreachRepository;
import org.infoshare.breach.persistence.EscalationRepository;
import org.infoshare.messaging.outbox.Outbox;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * P14.2: raises the escalation points of every running ICO clock that has reached them. Each point
 * is raised once per breach, however often the job runs and on however many replicas.
 */
@ApplicationScoped
public class EscalationService {

    private static final Logger LOG = Logger.getLogger(EscalationService.class);

    private final BreachRepository breaches;
    private final EscalationRepository escalations;
    private final EscalationPoints points;
    private final Outbox outbox;
    private final Clock clock;

    public EscalationService(BreachRepository breaches, EscalationRepository escalations, BreachSettings settings,
                             Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.breaches = breaches;
        this.escalations = escalations;
        this.points = new EscalationPoints(settings.escalateBefore());
        this.clock = clock;
    }

    /** @return how many escalations were raised now */
    @WithTransaction
    public Uni<Integer> escalateDue() {
        Instant now = clock.instant();
        // A clock reaches its earliest point once awareness lies (72h - earliest point) in the past.
        Instant awareBy = now.minus(IcoClock.LIMIT.minus(points.earliest()));
        return breaches.clockRunningAwareBy(awareBy)
                .onItem().transformToMulti(found -> Multi.createFrom().iterable(found))
                .onItem().transformToUniAndConcatenate(breach -> raise(breach, now))
                .collect().with(java.util.stream.Collectors.summingInt(Integer::intValue));
    }

    private Uni<Integer> raise(Breach breach, Instant now) {
        return Multi.createFrom().iterable(points.due(breach.report().clock(), now))
                .onItem().transformToUniAndConcatenate(point -> escalations.raise(breach.report().id(), point, now)
                        .call(raised -> raised
                                ? outbox.append(BreachEventMapper.escalated(breach.report().id(), point,
                                        breach.report().clock().deadline(), now))
                                : Uni.createFrom().voidItem())
                        .invoke(raised -> {
                            if (raised) {
                                LOG.infof("ICO clock of breach %s escalated: %s before the deadline",
                                        breach.report().id(), describe(point));
                            }
                        }))
                .collect().with(java.util.stream.Collectors.summingInt(raised -> raised ? 1 : 0));
    }

    private static String describe(Duration point) {
        return point.isZero() ? "deadline reached" : point.toString();
    }
}
