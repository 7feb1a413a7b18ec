package org.infoshare.sharing.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** P6.8: escalates unanswered recipient notifications on a schedule. */
@ApplicationScoped
public class EscalationJob {

    private final RecipientNotificationService notifications;
    private final Clock clock;

    public EscalationJob(RecipientNotificationService notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    // Safe on every replica at once: one UPDATE ... WHERE escalated_at IS NULL; a concurrent run
    // waits on the row locks, re-checks the condition and escalates nothing twice. No job lock needed.
    @Scheduled(every = "${infoshare.sharing.notification.escalate-every:15m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> escalate() {
        return notifications.escalateOverdue(clock.instant()).replaceWithVoid();
    }
}
