package org.infoshare.consent.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "subject_access_answer")
class SubjectAccessAnswerEntity {

    @Id
    @Column(name = "request_id")
    UUID requestId;

    @Column(name = "reviewed_by")
    String reviewedBy;

    @Column(name = "reviewed_at")
    Instant reviewedAt;

    @Column(name = "released_by")
    String releasedBy;

    @Column(name = "released_at")
    Instant releasedAt;

    @Column(name = "escalated_at")
    Instant escalatedAt;

    @Column(name = "escalated_missing")
    String escalatedMissing;
}
