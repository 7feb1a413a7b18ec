package org.infoshare.events.audit;

import java.util.UUID;

import org.infoshare.events.DomainEvent;

/**
 * An audit-service misuse report event (P15.2), on {@code breach-events} beside the breaches a
 * report may become; keyed by the report id, so one report's events stay in order.
 */
public sealed interface MisuseEvent extends DomainEvent permits MisuseReported, MisuseDismissed, MisuseEscalated {

    /** @return the misuse report */
    UUID reportId();

    @Override
    default String partitionKey() {
        return reportId().toString();
    }
}
