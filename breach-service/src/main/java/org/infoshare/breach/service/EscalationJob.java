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

    @Scheduled(every = "${infoshare.breach.escalation-check:1m}", delayed = "${infoshare.breach.escalation-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> check() {
        return escalations.escalateDue().replaceWithVoid();
    }
}
