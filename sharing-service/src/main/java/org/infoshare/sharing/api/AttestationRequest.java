package org.infoshare.sharing.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * P5.1: the partner's attestation for a protocol: its security measures meet the protocol, and
 * its staff and agents have been told the protocol; optionally a statement (no personal data).
 */
public record AttestationRequest(@NotNull Boolean securityMeasuresMet,
                                 @NotNull Boolean staffInformed,
                                 @Size(max = 2000) String statement) {
}
