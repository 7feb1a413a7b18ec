package org.infoshare.events.breach;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by breach-service when a breach's running ICO clock reaches an escalation point before
 * its 72-hour deadline, or the deadline itself (P14.2); once per point and breach.
 *
 * @param breachId The breach.
 * @param minutesBeforeDeadline The escalation point reached, in minutes before the deadline (0: the deadline).
 * @param deadline The ICO deadline (awareness + 72 hours).
 * @param escalatedAt When the escalation was raised.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BreachEscalated(
        UUID breachId,
        long minutesBeforeDeadline,
        Instant deadline,
        Instant escalatedAt) implements BreachEvent {

    public BreachEscalated {
        requireNonNull(breachId, "breachId");
        requireNonNull(deadline, "deadline");
        requireNonNull(escalatedAt, "escalatedAt");
    }
}
