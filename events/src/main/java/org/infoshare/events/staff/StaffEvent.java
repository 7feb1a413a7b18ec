package org.infoshare.events.staff;

import org.infoshare.events.DomainEvent;

/**
 * A staff accountability event (P15.1): the register of staff, their acknowledgements of the
 * policy version in force and their training. On {@code consent-events} (consent-service keeps the
 * register) but keyed by the staff member's opaque id, never a data subject's: one staff member's
 * events stay in order. Staff ids are the token subjects the other events already carry as actors.
 */
public sealed interface StaffEvent extends DomainEvent permits StaffRegistered, PolicyAcknowledged, TrainingRecorded {

    /** @return the staff member's opaque id (their token's subject) */
    String staffId();

    @Override
    default String partitionKey() {
        return staffId();
    }
}
