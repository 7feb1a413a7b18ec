package org.infoshare.consent.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "vault_entry")
class VaultEntryEntity {

    @Id
    @Column(name = "subject_id")
    String subjectId;

    @Column(name = "key_id", nullable = false)
    long keyId;

    @Column(name = "identity_ciphertext", nullable = false)
    byte[] identityCiphertext;

    @Column(nullable = false)
    String capacity;

    @Column(name = "capacity_assessed_at")
    Instant capacityAssessedAt;

    @Column(name = "capacity_assessed_by")
    String capacityAssessedBy;

    @Column(name = "registered_at", nullable = false)
    Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
