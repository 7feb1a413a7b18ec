package org.infoshare.sharing.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "safeguarding_referral")
class SafeguardingReferralEntity {

    @Id
    UUID id;

    @Column(name = "subject_id", nullable = false)
    String subjectId;

    @Column(name = "partner_id", nullable = false)
    String partnerId;

    String route;

    @Column(nullable = false)
    String category;

    /** Sealed by SecretCipher; never leaves persistence except decrypted for the team's fetch. */
    @Column(name = "concern_encrypted")
    String concernEncrypted;

    @Column(name = "referred_by", nullable = false)
    String referredBy;

    @Column(name = "referred_at", nullable = false)
    Instant referredAt;

    @Column(name = "delivery_state", nullable = false)
    String deliveryState;

    @Column(nullable = false)
    int attempts;

    @Column(name = "next_attempt_at")
    Instant nextAttemptAt;

    @Column(name = "lease_token")
    UUID leaseToken;

    @Column(name = "last_error")
    String lastError;

    @Column(name = "delivered_at")
    Instant deliveredAt;

    @Column(name = "outcome_announced_at")
    Instant outcomeAnnouncedAt;

    @Column(name = "acknowledged_at")
    Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    String acknowledgedBy;

    @Column(name = "escalated_at")
    Instant escalatedAt;

    @Column(name = "dpo_listed_at")
    Instant dpoListedAt;

    @Column(name = "dpo_seen_at")
    Instant dpoSeenAt;

    @Column(name = "dpo_seen_by")
    String dpoSeenBy;
}
