package org.infoshare.consent.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "consent_reconfirmation")
class ConsentReconfirmationEntity {

    @Id
    UUID id;
    @Column(name = "consent_id", nullable = false)
    UUID consentId;
    @Column(nullable = false)
    String channel;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
    @Column(name = "reconfirmed_at", nullable = false)
    Instant reconfirmedAt;
    @Column(name = "evidence_reference")
    String evidenceReference;
    String notes;
}
