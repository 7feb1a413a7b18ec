package org.infoshare.events.breach;

import java.util.UUID;

import org.infoshare.events.DomainEvent;

/** An event on the {@code breach-events} topic, keyed by breachId. */
public sealed interface BreachEvent extends DomainEvent
        permits BreachSuspected, BreachAssessed, BreachReported, BreachNoticeRequested, BreachNoticeDispatched,
        IndividualsNotified, BreachClosed, BreachActionRecorded, BreachActionCompleted, BreachEscalated {

    /** @return the breach */
    UUID breachId();

    @Override
    default String partitionKey() {
        return breachId().toString();
    }
}
