package org.infoshare.events.staff;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by consent-service when a staff member acknowledges a version of the information
 * sharing policy (P15.1, a condition of employment); every service's acknowledgement gate lets
 * them reach personal data once they acknowledged the version in force.
 *
 * @param staffId Opaque id of the staff member who acknowledged (their token's subject).
 * @param policyVersion The policy version acknowledged.
 * @param acknowledgedAt When they acknowledged it.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PolicyAcknowledged(
        String staffId,
        String policyVersion,
        Instant acknowledgedAt) implements StaffEvent {

    public PolicyAcknowledged {
        requireNonNull(staffId, "staffId");
        requireNonNull(policyVersion, "policyVersion");
        requireNonNull(acknowledgedAt, "acknowledgedAt");
    }
}
