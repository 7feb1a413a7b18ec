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
@Table(name = "breach_assessment")
class AssessmentEntity {

    @Id
    UUID id;

    @Column(name = "breach_id", nullable = false)
    UUID breachId;

    @Column(nullable = false)
    String likelihood;

    @Column(nullable = false)
    String severity;

    @Column(name = "risk_level", nullable = false)
    String riskLevel;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    List<String> factors;

    @Column(nullable = false)
    String consequences;

    @Column(nullable = false)
    String reasons;

    @Column(name = "assessed_by", nullable = false)
    String assessedBy;

    @Column(name = "assessed_at", nullable = false)
    Instant assessedAt;
}
