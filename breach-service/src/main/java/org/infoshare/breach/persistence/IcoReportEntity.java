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
@Table(name = "ico_report")
class IcoReportEntity {

    @Id
    UUID id;

    @Column(name = "breach_id", nullable = false)
    UUID breachId;

    @Column(nullable = false)
    String kind;

    @Column(nullable = false)
    boolean late;

    @Column(name = "delay_reasons")
    String delayReasons;

    @Column(name = "ico_reference")
    String icoReference;

    @Column(name = "what_happened", nullable = false)
    String whatHappened;

    @Column(name = "how_discovered", nullable = false)
    String howDiscovered;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Column(name = "aware_at", nullable = false)
    Instant awareAt;

    @Column(name = "cyber_incident", nullable = false)
    boolean cyberIncident;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "categories_of_people", nullable = false)
    List<String> categoriesOfPeople;

    @Column(name = "approximate_subjects", nullable = false)
    int approximateSubjects;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "categories_of_data", nullable = false)
    List<String> categoriesOfData;

    @Column(name = "approximate_records", nullable = false)
    int approximateRecords;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recipients_involved", nullable = false)
    List<String> recipientsInvolved;

    @Column(name = "risk_level", nullable = false)
    String riskLevel;

    @Column(name = "likely_consequences", nullable = false)
    String likelyConsequences;

    @Column(name = "measures_taken", nullable = false)
    String measuresTaken;

    @Column(name = "measures_proposed", nullable = false)
    String measuresProposed;

    @Column(name = "individuals_told", nullable = false)
    String individualsTold;

    @Column(name = "reported_by", nullable = false)
    String reportedBy;

    @Column(name = "reported_at", nullable = false)
    Instant reportedAt;
}
