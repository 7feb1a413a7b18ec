package org.infoshare.sharing.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "protocol")
class ProtocolEntity {

    @Id
    UUID id;
    @Column(name = "partner_id", nullable = false)
    String partnerId;
    @Column(nullable = false)
    String purpose;
    @Column(name = "trigger_circumstances", nullable = false)
    String triggerCircumstances;
    @Column(nullable = false)
    String channel;
    @Column(nullable = false)
    String sender;
    @Column(name = "named_recipient_encrypted")
    String namedRecipientEncrypted;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "security_measures", nullable = false)
    List<String> securityMeasures;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "limits_on_use", nullable = false)
    List<String> limitsOnUse;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "data_categories", nullable = false)
    List<String> dataCategories;
    @Column(name = "stale_consent_after_days", nullable = false)
    int staleConsentAfterDays;
    @Column(nullable = false)
    String status;
    @Column(name = "review_date", nullable = false)
    LocalDate reviewDate;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
