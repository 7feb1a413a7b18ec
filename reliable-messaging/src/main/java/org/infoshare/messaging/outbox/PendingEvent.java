package org.infoshare.messaging.outbox;

import org.infoshare.messaging.tracing.TraceContext;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** An outbox row not yet confirmed as published, with the trace context it was appended in, if any. */
public record PendingEvent(long id, UUID eventId, String topic, String key, String type, String payload,
                           OffsetDateTime createdAt, Optional<TraceContext> trace) {
}
