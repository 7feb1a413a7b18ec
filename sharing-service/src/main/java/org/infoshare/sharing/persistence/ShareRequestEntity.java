package org.infoshare.sharing.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "share_request")
class ShareRequestEntity {

    @Id
    UUID id;
    @Column(name = "subject_id")
    String subjectId;
    @Column(name = "partner_id", nullable = false)
    String partnerId;
    @Column(nullable = false)
    String purpose;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "data_categories", nullable = false)
    List<String> dataCategories;
    @Column(nullable = false)
    boolean identifiable;
    @Column(name = "identifiable_reason")
    String identifiableReason;
    @Column(nullable = false)
    String basis;
    @Column(name = "consent_id")
    UUID consentId;
    @Column(name = "legal_reference")
    String legalReference;
    @Column(name = "lawful_basis")
    String lawfulBasis;
    @Column(name = "article9_condition")
    String article9Condition;
    @Column
    String proportionality;
    @Column
    String sensitivity;
    @Column(name = "requested_by", nullable = false)
    String requestedBy;
    @Column(name = "requested_at", nullable = false)
    Instant requestedAt;
    @Column(nullable = false)
    String outcome;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    List<String> reasons;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    List<String> findings;
    @Column(name = "decided_by", nullable = false)
    String decidedBy;
    @Column(name = "decided_at", nullable = false)
    Instant decidedAt;
    @Column(name = "dpo_justification")
    String dpoJustification;
    // Written once, at the insert: only SealedPayloads changes these afterwards (re-sealing).
    /** Plain JSON of a row written before V15, until re-sealed; never written now. */
    @Column(name = "payload_json", updatable = false)
    String payloadJson;
    @Column(name = "payload_sealed", updatable = false)
    String payloadSealed;
    @Column(name = "payload_key_id", updatable = false)
    Integer payloadKeyId;
    @Column(name = "contract_id", nullable = false, updatable = false)
    String contractId;
}
