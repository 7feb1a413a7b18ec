package org.infoshare.sharing.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "onward_request")
class OnwardRequestEntity {

    @Id
    UUID id;
    @Column(name = "release_id", nullable = false)
    UUID releaseId;
    @Column(name = "requesting_partner_id", nullable = false)
    String requestingPartnerId;
    @Column(name = "recipient_partner_id", nullable = false)
    String recipientPartnerId;
    @Column(nullable = false)
    String purpose;
    @Column(nullable = false)
    String justification;
    @Column(name = "requested_by", nullable = false)
    String requestedBy;
    @Column(name = "requested_at", nullable = false)
    Instant requestedAt;
    @Column(nullable = false)
    String status;
    @Column(name = "decided_by")
    String decidedBy;
    @Column(name = "decided_at")
    Instant decidedAt;
    @Column(name = "dpo_justification")
    String dpoJustification;
    @Column(name = "child_release_id")
    UUID childReleaseId;
}
