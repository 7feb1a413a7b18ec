package org.infoshare.messaging.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An outbox row not yet confirmed as published. */
public record PendingEvent(long id, UUID eventId, String topic, String key, String type, String payload,
                           OffsetDateTime createdAt) {
}
