package org.infoshare.consent.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "consent_withdrawal")
class ConsentWithdrawalEntity {

    @Id
    UUID id;
    @Column(name = "consent_id", nullable = false)
    UUID consentId;
    @Column(nullable = false)
    boolean whole;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    List<String> purposes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recipient_partner_ids", nullable = false)
    List<String> recipientPartnerIds;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recipient_partner_kinds", nullable = false)
    List<String> recipientPartnerKinds;
    @Column(nullable = false)
    String channel;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
    @Column(name = "withdrawn_at", nullable = false)
    Instant withdrawnAt;
    String notes;
}
