package org.infoshare.breach.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.breach.domain.IcoClock;
import org.infoshare.breach.persistence.BreachRepository;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/**
 * P14.2 for the operators: {@code infoshare.breach.ico.deadline.remaining} is the time left, in
 * seconds, on the nearest running ICO clock (negative once overdue, NaN when no clock runs), so
 * an alert fires well before a deadline even when nobody looks at the dashboard.
 */
@Startup // the gauge exists from the start, NaN until the first reading
@ApplicationScoped
public class IcoClockMeter {

    private static final Logger LOG = Logger.getLogger(IcoClockMeter.class);

    private final BreachRepository breaches;
    private final Clock clock;
    private final AtomicReference<Double> remaining = new AtomicReference<>(Double.NaN);

    public IcoClockMeter(BreachRepository breaches, Clock clock, MeterRegistry registry) {
        this.breaches = breaches;
        this.clock = clock;
        Gauge.builder("infoshare.breach.ico.deadline.remaining", remaining, AtomicReference::get)
                .description("Seconds left on the nearest running ICO clock (negative when overdue, NaN when none runs)")
                .baseUnit("seconds")
                .register(registry);
    }

    @Scheduled(every = "${infoshare.breach.escalation-check:1m}", delayed = "${infoshare.breach.escalation-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return refresh().replaceWithVoid().onFailure().recoverWithItem(error -> {
            LOG.warnf("ICO clock gauge not refreshed this time: %s", error.getMessage());
            return null;
        });
    }

    /** Reads the nearest running deadline; returns the seconds left (NaN when no clock runs). */
    @WithSession
    public Uni<Double> refresh() {
        return breaches.earliestRunningAwareness().map(earliest -> {
            double seconds = earliest.map(aware -> (double) new IcoClock(aware).timeLeft(clock.instant()).toSeconds())
                    .orElse(Double.NaN);
            remaining.set(seconds);
            return seconds;
        });
    }
}
