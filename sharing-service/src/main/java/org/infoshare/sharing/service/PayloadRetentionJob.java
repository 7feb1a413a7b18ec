package org.infoshare.sharing.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** P11.1 / P13.1: destroys release payloads past their retention on a schedule. */
@ApplicationScoped
public class PayloadRetentionJob {

    private final PayloadRetentionService retention;
    private final Clock clock;

    public PayloadRetentionJob(PayloadRetentionService retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    // Safe on every replica at once: each batch claims its rows FOR UPDATE SKIP LOCKED and re-checks
    // that the payload is still held, so two instances never destroy (or announce) one twice.
    @Scheduled(every = "${infoshare.sharing.release.destroy-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> destroy() {
        return retention.destroyDue(clock.instant()).replaceWithVoid();
    }
}
