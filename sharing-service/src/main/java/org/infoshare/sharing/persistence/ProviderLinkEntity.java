package org.infoshare.sharing.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "provider_link")
class ProviderLinkEntity {

    @Id
    UUID id;
    @Column(name = "token_hash", nullable = false, unique = true)
    String tokenHash;
    @Column(nullable = false)
    String purpose;
    @Column(name = "target_id", nullable = false)
    UUID targetId;
    @Column(name = "partner_id", nullable = false)
    String partnerId;
    @Column(name = "issued_at", nullable = false)
    Instant issuedAt;
    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;
    @Column(name = "used_at")
    Instant usedAt;
    @Column(name = "used_by")
    String usedBy;
    @Column(name = "notice_sealed")
    String noticeSealed;
}
