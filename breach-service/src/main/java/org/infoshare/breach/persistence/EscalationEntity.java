package org.infoshare.breach.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "breach_escalation")
class EscalationEntity {

    @Id
    UUID id;

    @Column(name = "breach_id", nullable = false)
    UUID breachId;

    @Column(name = "before_deadline_seconds", nullable = false)
    long beforeDeadlineSeconds;

    @Column(name = "escalated_at", nullable = false)
    Instant escalatedAt;
}
