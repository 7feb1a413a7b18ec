package org.infoshare.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * What the trail captures of one thing that happened, before it gets its place in the trail: the
 * event's identity, kind, origin, pseudonymous subject, actor, time, where it came from and a
 * digest of its payload (X1). Dead letters also keep partition, offset and the reason.
 * Times are kept to the microsecond, as PostgreSQL stores them, so the hashed bytes can be
 * recomputed from the table.
 */
public record Capture(EntryKind kind, UUID eventId, String type, String source, String subject, String actor,
                      Instant occurredAt, String topic, Integer partition, Long offset, String reason,
                      String payloadSha256) {

    public Capture {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payloadSha256, "payloadSha256");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** @return the entry this capture becomes at leaf index {@code seq}, recorded at {@code recordedAt} */
    public TrailEntry at(long seq, Instant recordedAt) {
        return new TrailEntry(seq, kind, eventId, type, source, subject, actor, occurredAt, topic, partition, offset,
                reason, payloadSha256, recordedAt);
    }
}
