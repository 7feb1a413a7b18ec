package org.infoshare.audit.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "trail_entry")
class TrailEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long seq;

    @Column(name = "event_id", nullable = false, unique = true)
    UUID eventId;

    @Column(name = "event_type", nullable = false)
    String eventType;

    @Column(nullable = false)
    String source;

    String subject;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Column(nullable = false)
    String topic;

    @Column(name = "payload_sha256", nullable = false)
    String payloadSha256;

    @Column(name = "recorded_at", nullable = false, insertable = false, updatable = false)
    Instant recordedAt;
}
