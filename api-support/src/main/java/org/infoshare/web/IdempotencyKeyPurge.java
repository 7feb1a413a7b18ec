package org.infoshare.web;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stored POST answers are kept as long as a client may sensibly retry (a day by default), then
 * deleted, so the table does not grow for ever. Set-based, on the {@code created_at} index.
 */
@ApplicationScoped
public class IdempotencyKeyPurge {

    private final Duration retain;
    private final Clock clock;

    public IdempotencyKeyPurge(@ConfigProperty(name = "infoshare.api.idempotency.retain", defaultValue = "P1D")
                               Duration retain, Clock clock) {
        this.retain = retain;
        this.clock = clock;
    }

    // Safe on every replica at once: an idempotent DELETE by age; a concurrent run finds the rows
    // gone (or waits on their locks) and removes nothing twice.
    @Scheduled(every = "${infoshare.api.idempotency.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return purge(clock.instant()).replaceWithVoid();
    }

    /** Deletes the answers stored before {@code now} minus the retention; answers how many. */
    @WithTransaction
    public Uni<Integer> purge(Instant now) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ?1")
                .setParameter(1, now.minus(retain)).executeUpdate());
    }
}
