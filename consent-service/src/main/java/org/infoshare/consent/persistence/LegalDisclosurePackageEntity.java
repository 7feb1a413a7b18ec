package org.infoshare.consent.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "legal_disclosure_package")
class LegalDisclosurePackageEntity {

    @Id
    @Column(name = "disclosure_id")
    UUID disclosureId;

    @Column(name = "subject_id", nullable = false)
    String subjectId;

    @Column(name = "recipient_kind", nullable = false)
    String recipientKind;

    @Column(name = "recipient_organisation", nullable = false)
    String recipientOrganisation;

    @Column(name = "order_reference", nullable = false)
    String orderReference;

    @Column(nullable = false)
    boolean identifiable;

    @Column(name = "tell_subject", nullable = false)
    boolean tellSubject;

    @Column(name = "not_told_reason")
    String notToldReason;

    @Column(name = "decided_by", nullable = false)
    String decidedBy;

    @Column(name = "decided_at", nullable = false)
    Instant decidedAt;

    @Column(nullable = false)
    String status;

    @Column(name = "prepared_at", nullable = false)
    Instant preparedAt;

    @Column(name = "key_id")
    Long keyId;

    @Column(name = "identity_ciphertext")
    byte[] identityCiphertext;

    @Column(name = "identity_fetched_by")
    String identityFetchedBy;

    @Column(name = "identity_fetched_at")
    Instant identityFetchedAt;

    @Column(name = "hand_over_channel")
    String handOverChannel;

    @Column(name = "handed_over_by")
    String handedOverBy;

    @Column(name = "handed_over_at")
    Instant handedOverAt;
}
