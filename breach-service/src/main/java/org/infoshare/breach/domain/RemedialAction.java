package org.infoshare.breach.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * P14.4: one owned, dated action taken on a breach. The owner is an opaque staff id (the token
 * subject) or a team name, never a person's name.
 */
public record RemedialAction(
        UUID id,
        UUID breachId,
        ActionKind kind,
        String description,
        String owner,
        LocalDate dueOn,
        Optional<String> outcome,
        Instant createdAt,
        Optional<Instant> doneAt) {

    public RemedialAction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(dueOn, "dueOn");
    }

    public boolean done() {
        return doneAt.isPresent();
    }

    /** Overdue when not done and its due day (UK) has passed. */
    public boolean overdue(Instant now) {
        return !done() && now.atZone(IcoClock.UK).toLocalDate().isAfter(dueOn);
    }
}
