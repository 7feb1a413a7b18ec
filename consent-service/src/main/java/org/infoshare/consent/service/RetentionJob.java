package org.infoshare.consent.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** Applies retention on a schedule (P13.1); a run still going when the next is due is skipped. */
@ApplicationScoped
public class RetentionJob {

    private final RetentionService retention;
    private final Clock clock;

    public RetentionJob(RetentionService retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(identity = "consent-retention", every = "${infoshare.consent.retention-every}",
            delayed = "${infoshare.consent.retention-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return retention.apply(clock.instant()).replaceWithVoid();
    }
}
