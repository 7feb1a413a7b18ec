package org.infoshare.consent.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "breach_notice_dispatch")
class NoticeDispatchEntity {

    @Id
    @Column(name = "notice_id")
    UUID noticeId;

    @Column(name = "breach_id", nullable = false)
    UUID breachId;

    @Column(name = "subject_id", nullable = false)
    String subjectId;

    @Column(nullable = false)
    String status;

    String channel;

    @Column(name = "failure_reason")
    String failureReason;

    @Column(name = "key_id")
    Long keyId;

    @Column(name = "content_ciphertext")
    byte[] contentCiphertext;

    @Column(name = "requested_at", nullable = false)
    Instant requestedAt;

    @Column(name = "dispatched_at", nullable = false)
    Instant dispatchedAt;
}
