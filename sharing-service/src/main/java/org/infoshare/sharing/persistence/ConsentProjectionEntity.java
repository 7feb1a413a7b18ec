package org.infoshare.sharing.persistence;

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
@Table(name = "consent_projection")
class ConsentProjectionEntity {

    @Id
    @Column(name = "consent_id")
    UUID consentId;
    @Column(name = "subject_id", nullable = false)
    String subjectId;
    @Column(nullable = false)
    long version;
    @Column(name = "given_version", nullable = false)
    long givenVersion;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    List<String> purposes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "data_categories", nullable = false)
    List<String> dataCategories;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recipient_partner_ids", nullable = false)
    List<String> recipientPartnerIds;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recipient_partner_kinds", nullable = false)
    List<String> recipientPartnerKinds;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "withdrawn_purposes", nullable = false)
    List<String> withdrawnPurposes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "withdrawn_partner_ids", nullable = false)
    List<String> withdrawnPartnerIds;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "withdrawn_partner_kinds", nullable = false)
    List<String> withdrawnPartnerKinds;
    @Column(name = "whole_withdrawn", nullable = false)
    boolean wholeWithdrawn;
    @Column(nullable = false)
    boolean expired;
    @Column(name = "last_confirmed_at")
    Instant lastConfirmedAt;
    @Column(name = "reconfirm_after_days", nullable = false)
    int reconfirmAfterDays;
    @Column(name = "expires_at")
    Instant expiresAt;
    @Column(name = "reconfirmation_requested_at")
    Instant reconfirmationRequestedAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
