package org.infoshare.audit.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What the trail keeps of one event (X1): its identity, kind, origin, pseudonymous subject, time,
 * the topic it came from, and a digest of its payload.
 */
public record TrailEntry(UUID eventId, String type, String source, String subject, Instant occurredAt,
                         String topic, String payloadSha256) {

    public TrailEntry {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadSha256, "payloadSha256");
    }
}
