package org.infoshare.breach.api;

import org.infoshare.breach.domain.RemedialAction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A remedial action (P14.4). */
public record ActionView(UUID id, UUID breachId, String kind, String description, String owner, LocalDate dueOn,
                         boolean done, boolean overdue, String outcome, Instant createdAt, Instant doneAt) {

    static ActionView of(RemedialAction a, Instant now) {
        return new ActionView(a.id(), a.breachId(), a.kind().name(), a.description(), a.owner(), a.dueOn(), a.done(),
                a.overdue(now), a.outcome().orElse(null), a.createdAt(), a.doneAt().orElse(null));
    }
}
