package org.infoshare.consent.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "subject_access_request")
class SubjectAccessRequestEntity {

    @Id
    UUID id;

    @Column(name = "subject_id", nullable = false)
    String subjectId;

    @Column(nullable = false)
    String channel;

    @Column(name = "received_at", nullable = false)
    Instant receivedAt;

    @Column(name = "due_date", nullable = false)
    LocalDate dueDate;

    @Column(name = "recorded_by", nullable = false)
    String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    @Column(nullable = false)
    String status;

    @Column(name = "identity_method")
    String identityMethod;

    @Column(name = "identity_verified_by")
    String identityVerifiedBy;

    @Column(name = "identity_verified_at")
    Instant identityVerifiedAt;

    @Column(name = "paused_since")
    LocalDate pausedSince;

    @Column(name = "pause_reason")
    String pauseReason;

    @Column(name = "paused_days", nullable = false)
    int pausedDays;

    @Column(name = "extension_months", nullable = false)
    int extensionMonths;

    @Column(name = "extension_reason")
    String extensionReason;
}
