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
@Table(name = "consent")
class ConsentEntity {

    @Id
    UUID id;
    @Column(name = "subject_id", nullable = false)
    String subjectId;
    @Column(nullable = false)
    long version;
    @Column(nullable = false)
    String state;
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
    @Column(nullable = false)
    String handling;
    @Column(name = "lawful_basis", nullable = false)
    String lawfulBasis;
    @Column(name = "article9_condition")
    String article9Condition;
    @Column(name = "capture_channel", nullable = false)
    String captureChannel;
    @Column(name = "captured_by", nullable = false)
    String capturedBy;
    @Column(name = "captured_at", nullable = false)
    Instant capturedAt;
    String witness;
    @Column(name = "capture_notes")
    String captureNotes;
    @Column(name = "evidence_reference")
    String evidenceReference;
    @Column(name = "information_sheet_id", nullable = false)
    UUID informationSheetId;
    @Column(name = "information_sheet_version", nullable = false)
    int informationSheetVersion;
    @Column(name = "reconfirm_after_days", nullable = false)
    int reconfirmAfterDays;
    @Column(name = "expires_at")
    Instant expiresAt;
    @Column(name = "last_confirmed_at", nullable = false)
    Instant lastConfirmedAt;
    @Column(name = "proxy_kind")
    String proxyKind;
    @Column(name = "proxy_reference")
    String proxyReference;
    @Column(name = "proxy_scope")
    String proxyScope;
    @Column(name = "proxy_expires_at")
    Instant proxyExpiresAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Column(name = "contract_id", nullable = false, updatable = false)
    String contractId;
}
