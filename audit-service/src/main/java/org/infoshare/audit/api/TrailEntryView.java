package org.infoshare.audit.api;

import org.infoshare.audit.domain.MerkleHash;
import org.infoshare.audit.domain.RecordedEntry;
import org.infoshare.audit.domain.TrailEntry;

import java.time.Instant;
import java.util.UUID;

/**
 * A trail entry as auditors see it: every stored field (so the leaf hash can be recomputed from
 * the canonical encoding) and the leaf hash recorded when it was appended.
 */
public record TrailEntryView(long seq, String kind, UUID eventId, String type, String source, String subject,
                             String actor, Instant occurredAt, Instant recordedAt, String topic, Integer partition,
                             Long offset, String reason, String payloadSha256, String leafHash) {

    static TrailEntryView of(RecordedEntry recorded) {
        TrailEntry e = recorded.entry();
        return new TrailEntryView(e.seq(), e.kind().code(), e.eventId(), e.type(), e.source(), e.subject(), e.actor(),
                e.occurredAt(), e.recordedAt(), e.topic(), e.partition(), e.offset(), e.reason(), e.payloadSha256(),
                MerkleHash.hex(recorded.leafHash()));
    }
}
