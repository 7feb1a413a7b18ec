package org.infoshare.consent.domain;

import java.time.Instant;

/** A staff member's acknowledgement of one version of the information sharing policy (P15.1). */
public record PolicyAcknowledgement(String staffId, String policyVersion, Instant acknowledgedAt) {
}
