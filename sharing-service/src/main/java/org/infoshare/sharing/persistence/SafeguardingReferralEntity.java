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

    @Column(nullable = false)
    String category;

    @Column(name = "referred_by", nullable = false)
    String referredBy;

    @Column(name = "referred_at", nullable = false)
    Instant referredAt;
}
