package org.infoshare.sharing.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A partner's request to pass one of its releases on (P10.1). It waits for the DPO, whose approval
 * is the organisation's prior written consent; an approved request names the child release made.
 */
public record OnwardRequest(UUID id, UUID releaseId, String requestingPartnerId, String recipientPartnerId,
                            String purpose, String justification, String requestedBy, Instant requestedAt,
                            Status status, Optional<String> decidedBy, Optional<Instant> decidedAt,
                            Optional<String> dpoJustification, Optional<UUID> childReleaseId) {

    public enum Status { AWAITING_DPO, APPROVED, REFUSED }

    public OnwardRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(releaseId, "releaseId");
        Objects.requireNonNull(requestingPartnerId, "requestingPartnerId");
        Objects.requireNonNull(recipientPartnerId, "recipientPartnerId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(dpoJustification, "dpoJustification");
        Objects.requireNonNull(childReleaseId, "childReleaseId");
    }

    public OnwardRequest decided(boolean approve, String dpo, Instant at, String justification,
                                 Optional<UUID> child) {
        return new OnwardRequest(id, releaseId, requestingPartnerId, recipientPartnerId, purpose, this.justification,
                requestedBy, requestedAt, approve ? Status.APPROVED : Status.REFUSED, Optional.of(dpo),
                Optional.of(at), Optional.of(justification), child);
    }
}
