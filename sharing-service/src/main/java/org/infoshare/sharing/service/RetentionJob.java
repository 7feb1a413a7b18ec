package org.infoshare.sharing.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/**
 * Applies retention on a schedule (P13.1); a run still going when the next is due is skipped.
 * With several replicas one applies it: each batch's transaction holds the job's lock, the others
 * skip (their deletes would otherwise queue on the same rows).
 */
@ApplicationScoped
public class RetentionJob {

    private final RetentionService retention;
    private final Clock clock;

    public RetentionJob(RetentionService retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(identity = RetentionService.JOB, every = "${infoshare.retention.every}",
            delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return retention.apply(clock.instant()).replaceWithVoid();
    }
}
