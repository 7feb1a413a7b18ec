package org.infoshare.events.breach;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by breach-service when a breach is closed after all its actions are done (P14.4).
 *
 * @param breachId The breach.
 * @param actionsCompleted Number of actions completed.
 * @param closedAt When it was closed.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BreachClosed(
        UUID breachId,
        int actionsCompleted,
        Instant closedAt) implements BreachEvent {

    public BreachClosed {
        requireNonNull(breachId, "breachId");
        requireNonNull(closedAt, "closedAt");
    }
}
