package org.infoshare.sharing.domain;

import java.util.List;
import java.util.Optional;

/**
 * P5.1, as a share decision reads it: the open conflicts with the law declared on the partner's
 * protocols for the purpose, and the partner's latest attestation for the protocol governing the
 * flow (if a protocol governs it).
 */
public record ProtocolSafeguards(List<ConflictDeclaration> openConflicts, Optional<Attestation> latestAttestation) {

    public ProtocolSafeguards {
        openConflicts = List.copyOf(openConflicts);
        java.util.Objects.requireNonNull(latestAttestation, "latestAttestation");
    }

    /** No conflict and no attestation. */
    public static ProtocolSafeguards none() {
        return new ProtocolSafeguards(List.of(), Optional.empty());
    }
}
