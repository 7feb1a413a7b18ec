package org.infoshare.audit.api;

import org.infoshare.audit.domain.TrailEntry;

import java.time.Instant;
import java.util.UUID;

/** A trail entry as auditors see it. */
public record TrailEntryView(UUID eventId, String type, String source, String subject, Instant occurredAt,
                             String topic, String payloadSha256) {

    static TrailEntryView of(TrailEntry entry) {
        return new TrailEntryView(entry.eventId(), entry.type(), entry.source(), entry.subject(),
                entry.occurredAt(), entry.topic(), entry.payloadSha256());
    }
}
