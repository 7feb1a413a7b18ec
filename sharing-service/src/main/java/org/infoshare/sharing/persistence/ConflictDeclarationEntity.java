package org.infoshare.sharing.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "protocol_conflict")
class ConflictDeclarationEntity {

    @Id
    UUID id;
    @Column(name = "resolution_outcome")
    String resolutionOutcome;
    @Column(name = "resolution")
    String resolution;
    @Column(name = "resolved_by")
    String resolvedBy;
    @Column(name = "resolved_at")
    Instant resolvedAt;
    @Column(name = "protocol_id", nullable = false)
    UUID protocolId;
    @Column(name = "partner_id", nullable = false)
    String partnerId;
    @Column(nullable = false)
    String description;
    @Column(name = "legal_basis", nullable = false)
    String legalBasis;
    @Column(name = "declared_by", nullable = false)
    String declaredBy;
    @Column(name = "declared_at", nullable = false)
    Instant declaredAt;
}
