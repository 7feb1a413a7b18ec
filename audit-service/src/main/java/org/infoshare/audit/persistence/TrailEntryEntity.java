package org.infoshare.audit.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Read side of the trail for the auditors' queries; appends go through {@link TrailStore}. */
@Entity
@Table(name = "trail_entry")
class TrailEntryEntity {

    @Id
    Long seq;

    @Column(nullable = false)
    String kind;

    @Column(name = "event_id", nullable = false, unique = true)
    UUID eventId;

    @Column(name = "event_type", nullable = false)
    String eventType;

    @Column(nullable = false)
    String source;

    String subject;

    String actor;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    String topic;

    @Column(name = "kafka_partition")
    Integer kafkaPartition;

    @Column(name = "kafka_offset")
    Long kafkaOffset;

    String reason;

    @Column(name = "payload_sha256", nullable = false)
    String payloadSha256;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    @Column(name = "leaf_hash", nullable = false)
    byte[] leafHash;
}
