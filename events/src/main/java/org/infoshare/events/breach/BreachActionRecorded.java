package org.infoshare.events.breach;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by breach-service when an owned, dated remedial action is recorded on a breach (P14.4).
 * The description and the owner stay in breach-service.
 *
 * @param breachId The breach.
 * @param actionId The action.
 * @param kind The kind of action (investigation, disciplinary, prevention, mitigation).
 * @param dueOn When it is due.
 * @param recordedBy Who recorded it (opaque actor id).
 * @param recordedAt When it was recorded.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BreachActionRecorded(
        UUID breachId,
        UUID actionId,
        String kind,
        LocalDate dueOn,
        String recordedBy,
        Instant recordedAt) implements BreachEvent {

    public BreachActionRecorded {
        requireNonNull(breachId, "breachId");
        requireNonNull(actionId, "actionId");
        requireNonNull(kind, "kind");
        requireNonNull(dueOn, "dueOn");
        requireNonNull(recordedBy, "recordedBy");
        requireNonNull(recordedAt, "recordedAt");
    }
}
