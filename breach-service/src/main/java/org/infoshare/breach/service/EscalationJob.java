package org.infoshare.breach.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the ICO clock's escalation check on a schedule ({@code infoshare.breach.escalation-check}). */
@ApplicationScoped
public class EscalationJob {

    private final EscalationService escalations;

    public EscalationJob(EscalationService escalations) {
        this.escalations = escalations;
    }

    // Safe on every replica at once: each (breach, point) is raised by an insert on its unique key
    // (ON CONFLICT DO NOTHING), so a concurrent run raises nothing twice and needs no job lock.
    @Scheduled(every = "${infoshare.breach.escalation-check:1m}", delayed = "${infoshare.breach.escalation-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> check() {
        return escalations.escalateDue().replaceWithVoid();
    }
}
