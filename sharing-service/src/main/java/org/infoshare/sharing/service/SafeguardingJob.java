package org.infoshare.sharing.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** P3.1: announces safeguarding delivery outcomes and escalates unacknowledged referrals on a schedule. */
@ApplicationScoped
public class SafeguardingJob {

    private final SafeguardingFollowUp followUp;
    private final Clock clock;

    public SafeguardingJob(SafeguardingFollowUp followUp, Clock clock) {
        this.followUp = followUp;
        this.clock = clock;
    }

    // Safe on every replica at once: outcomes are taken under SKIP LOCKED and marked announced in
    // the same transaction as their events; escalation is one UPDATE ... WHERE escalated_at IS NULL.
    @Scheduled(every = "${infoshare.sharing.safeguarding.announce-every:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> announce() {
        return followUp.announceOutcomes(clock.instant()).replaceWithVoid();
    }

    @Scheduled(every = "${infoshare.sharing.safeguarding.escalate-every:5m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> escalate() {
        return followUp.escalateOverdue(clock.instant()).replaceWithVoid();
    }
}
