package org.infoshare.events.staff;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by consent-service when the DPO enters a staff member in the register at induction
 * (P15.1), so that they are listed as outstanding until they acknowledge the policy and train.
 *
 * @param staffId Opaque id of the staff member (their token's subject).
 * @param registeredBy Opaque id of the DPO who registered them.
 * @param registeredAt When they were registered.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StaffRegistered(
        String staffId,
        String registeredBy,
        Instant registeredAt) implements StaffEvent {

    public StaffRegistered {
        requireNonNull(staffId, "staffId");
        requireNonNull(registeredBy, "registeredBy");
        requireNonNull(registeredAt, "registeredAt");
    }
}
