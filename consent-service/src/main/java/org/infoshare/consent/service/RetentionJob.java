package org.infoshare.consent.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.messaging.jobs.JobLock;

import java.time.Clock;

/**
 * Applies retention on a schedule (P13.1); a run still going when the next is due is skipped.
 * With several replicas one applies it: the run's transaction holds the job's lock, the others
 * skip (their deletes would otherwise queue on the same rows, and could deadlock).
 */
@ApplicationScoped
public class RetentionJob {

    static final String JOB = "consent-retention";

    private final RetentionService retention;
    private final JobLock jobLock;
    private final Clock clock;

    public RetentionJob(RetentionService retention, JobLock jobLock, Clock clock) {
        this.retention = retention;
        this.jobLock = jobLock;
        this.clock = clock;
    }

    @Scheduled(identity = JOB, every = "${infoshare.consent.retention-every}",
            delayed = "${infoshare.consent.retention-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return jobLock.inTransaction(JOB, () -> retention.apply(clock.instant())).replaceWithVoid();
    }
}
