package org.infoshare.audit.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.audit.domain.PublishedCheckpoint;
import org.infoshare.audit.persistence.TrailStore;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds the database's checkpoints to the signed copies published on {@code audit-checkpoints}
 * (X1): each copy is compared with the row of its tree size as it arrives, and a disagreement is
 * counted by verdict and logged for the operators' alert. Also measures, on the checkpoint
 * schedule, how long the oldest unsigned entry has waited for a signature, so an alert fires when
 * checkpoints stop while the trail still grows.
 */
@Startup // its meters exist from the start, so an alert on them has a series before the first copy
@ApplicationScoped
public class CheckpointCopies {

    private static final Logger LOG = Logger.getLogger(CheckpointCopies.class);

    private final TrailStore store;
    private final Clock clock;
    private final Map<PublishedCheckpoint.Verdict, Counter> compared = new EnumMap<>(PublishedCheckpoint.Verdict.class);
    private final AtomicLong unsignedSeconds = new AtomicLong();

    public CheckpointCopies(TrailStore store, Clock clock, MeterRegistry registry) {
        this.store = store;
        this.clock = clock;
        for (PublishedCheckpoint.Verdict verdict : PublishedCheckpoint.Verdict.values()) {
            compared.put(verdict, Counter.builder("audit.checkpoint.copy.compared")
                    .description("Published checkpoint copies compared with the database's checkpoints, by verdict")
                    .tag("verdict", verdict.name())
                    .register(registry));
        }
        Gauge.builder("audit.trail.unsigned.age.seconds", unsignedSeconds, AtomicLong::get)
                .description("Age of the oldest trail entry no checkpoint covers yet (0: all signed)")
                .register(registry);
    }

    /** Compares one published copy with the stored checkpoint of its tree size. */
    public Uni<PublishedCheckpoint.Verdict> compare(PublishedCheckpoint copy) {
        return store.checkpoint(copy.treeSize()).map(stored -> {
            PublishedCheckpoint.Verdict verdict = copy.compareWith(stored);
            compared.get(verdict).increment();
            if (verdict != PublishedCheckpoint.Verdict.MATCHES) {
                LOG.errorf("The checkpoint of tree size %d published on audit-checkpoints does not match the database: %s",
                        copy.treeSize(), verdict);
            }
            return verdict;
        });
    }

    @Scheduled(every = "${infoshare.audit.checkpoint.interval}", delayed = "${infoshare.audit.checkpoint.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return checkNow().replaceWithVoid().onFailure().recoverWithItem(error -> {
            LOG.warnf("Checkpoint freshness not checked this time: %s", error.getMessage());
            return null;
        });
    }

    /** Measures the age of the oldest entry no checkpoint covers yet (0 when all are signed). */
    public Uni<Long> checkNow() {
        return store.oldestUnsigned().map(oldest -> {
            long seconds = oldest.map(at -> Math.max(0, Duration.between(at, clock.instant()).toSeconds())).orElse(0L);
            unsignedSeconds.set(seconds);
            return seconds;
        });
    }

    public long unsignedAgeSeconds() {
        return unsignedSeconds.get();
    }
}
