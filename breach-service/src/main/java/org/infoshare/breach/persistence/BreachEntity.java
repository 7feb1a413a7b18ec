package org.infoshare.breach.persistence;

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
@Table(name = "breach")
class BreachEntity {

    @Id
    UUID id;

    @Column(name = "reporter_actor", nullable = false)
    String reporterActor;

    @Column(name = "reporter_kind", nullable = false)
    String reporterKind;

    @Column(name = "reporter_partner")
    String reporterPartner;

    @Column(nullable = false)
    String summary;

    @Column(name = "discovered_how", nullable = false)
    String discoveredHow;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Column(name = "aware_at", nullable = false)
    Instant awareAt;

    @Column(name = "stated_aware_at", nullable = false)
    Instant statedAwareAt;

    @Column(name = "cyber_incident", nullable = false)
    boolean cyberIncident;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "data_categories", nullable = false)
    List<String> dataCategories;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "release_ids", nullable = false)
    List<UUID> releaseIds;

    @Column(name = "reported_at", nullable = false)
    Instant reportedAt;

    @Column(nullable = false)
    String certainty;

    @Column(name = "scope_partner")
    String scopePartner;

    @Column(name = "window_from")
    Instant windowFrom;

    @Column(name = "window_to")
    Instant windowTo;

    @Column(name = "risk_level")
    String riskLevel;

    @Column(name = "ico_reported_at")
    Instant icoReportedAt;

    @Column(name = "closed_at")
    Instant closedAt;
    @Column(name = "contract_id", nullable = false, updatable = false)
    String contractId;
}
