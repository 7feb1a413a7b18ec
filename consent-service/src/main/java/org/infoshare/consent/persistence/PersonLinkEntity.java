package org.infoshare.consent.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "person_link")
class PersonLinkEntity {

    @Id
    @Column(name = "link_id")
    UUID linkId;

    @Column(name = "token_hash", nullable = false)
    byte[] tokenHash;

    @Column(name = "subject_id", nullable = false)
    String subjectId;

    @Column(nullable = false)
    String purpose;

    @Column(name = "issued_by", nullable = false)
    String issuedBy;

    @Column(name = "issued_at", nullable = false)
    Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    @Column(name = "used_at")
    Instant usedAt;

    @Column(name = "session_hash")
    byte[] sessionHash;

    @Column(name = "session_expires_at")
    Instant sessionExpiresAt;
}
