package org.infoshare.consent.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** Runs the consent lifecycle sweep on a schedule; a run still going when the next is due is skipped. */
@ApplicationScoped
public class ConsentLifecycleJob {

    private final ConsentLifecycleService lifecycle;
    private final Clock clock;

    public ConsentLifecycleJob(ConsentLifecycleService lifecycle, Clock clock) {
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    // Safe on every replica at once: the sweep claims its consents FOR UPDATE SKIP LOCKED and
    // re-derives each one's state under the lock, so two runs never move the same consent.
    @Scheduled(identity = "consent-lifecycle", every = "${infoshare.consent.lifecycle-every}",
            delayed = "${infoshare.consent.lifecycle-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return lifecycle.sweep(clock.instant()).replaceWithVoid();
    }
}
