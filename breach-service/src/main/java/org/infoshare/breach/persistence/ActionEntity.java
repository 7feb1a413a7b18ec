package org.infoshare.breach.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "breach_action")
class ActionEntity {

    @Id
    UUID id;

    @Column(name = "breach_id", nullable = false)
    UUID breachId;

    @Column(nullable = false)
    String kind;

    @Column(nullable = false)
    String description;

    @Column(nullable = false)
    String owner;

    @Column(name = "due_on", nullable = false)
    LocalDate dueOn;

    String outcome;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "done_at")
    Instant doneAt;
}
