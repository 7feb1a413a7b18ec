package org.infoshare.sharing.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "recipient_notification")
class RecipientNotificationEntity {

    @Id
    UUID id;
    @Column(name = "release_id", nullable = false)
    UUID releaseId;
    @Column(name = "partner_id", nullable = false)
    String partnerId;
    @Column(name = "subject_id", nullable = false)
    String subjectId;
    @Column(name = "subject_ref")
    String subjectRef;
    @Column(name = "consent_id", nullable = false)
    UUID consentId;
    @Column(nullable = false)
    String cause;
    @Column(name = "withdrawn_at", nullable = false)
    Instant withdrawnAt;
    @Column(name = "notified_at", nullable = false)
    Instant notifiedAt;
    @Column(name = "delivery_state", nullable = false)
    String deliveryState;
    @Column(nullable = false)
    int attempts;
    @Column(name = "next_attempt_at")
    Instant nextAttemptAt;
    @Column(name = "last_error")
    String lastError;
    @Column(name = "delivered_at")
    Instant deliveredAt;
    @Column
    String response;
    @Column(name = "lawful_condition")
    String lawfulCondition;
    @Column(name = "lawful_basis")
    String lawfulBasis;
    @Column(name = "article9_condition")
    String article9Condition;
    @Column
    String justification;
    @Column(name = "answered_by")
    String answeredBy;
    @Column(name = "answered_at")
    Instant answeredAt;
    @Column(name = "escalated_at")
    Instant escalatedAt;
}
