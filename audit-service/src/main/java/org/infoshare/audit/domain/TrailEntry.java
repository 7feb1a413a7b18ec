package org.infoshare.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of the tamper-evident trail (X1): a {@link Capture} at its leaf index {@code seq} (the
 * position in the Merkle tree, without holes) and the time it was recorded. Its canonical bytes
 * ({@link CanonicalEntry}) are what the tree hashes.
 */
public record TrailEntry(long seq, EntryKind kind, UUID eventId, String type, String source, String subject,
                         String actor, Instant occurredAt, String topic, Integer partition, Long offset,
                         String reason, String payloadSha256, Instant recordedAt) {

    public TrailEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payloadSha256, "payloadSha256");
        Objects.requireNonNull(recordedAt, "recordedAt");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** @return RFC 6962 leaf hash of the canonical bytes */
    public byte[] leafHash() {
        return MerkleHash.leaf(CanonicalEntry.encode(this));
    }
}
