package org.infoshare.events.breach;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by breach-service when a remedial action on a breach is done (P14.4). The outcome text
 * stays in breach-service.
 *
 * @param breachId The breach.
 * @param actionId The action.
 * @param kind The kind of action.
 * @param recordedBy Who marked it done (opaque actor id).
 * @param completedAt When it was done.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BreachActionCompleted(
        UUID breachId,
        UUID actionId,
        String kind,
        String recordedBy,
        Instant completedAt) implements BreachEvent {

    public BreachActionCompleted {
        requireNonNull(breachId, "breachId");
        requireNonNull(actionId, "actionId");
        requireNonNull(kind, "kind");
        requireNonNull(recordedBy, "recordedBy");
        requireNonNull(completedAt, "completedAt");
    }
}
