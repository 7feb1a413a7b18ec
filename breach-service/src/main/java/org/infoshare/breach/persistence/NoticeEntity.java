package org.infoshare.breach.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "breach_notice")
class NoticeEntity {

    @Id
    UUID id;

    @Column(name = "breach_id", nullable = false)
    UUID breachId;

    @Column(name = "subject_id", nullable = false)
    String subjectId;

    @Column(nullable = false)
    String status;

    @Column(nullable = false)
    String advice;

    @Column(name = "support_offered", nullable = false)
    String supportOffered;

    String channel;

    @Column(name = "prepared_at", nullable = false)
    Instant preparedAt;

    @Column(name = "sent_at")
    Instant sentAt;

    @Column(name = "preferred_channel")
    String preferredChannel;

    @Column(name = "failure_reason")
    String failureReason;
}
