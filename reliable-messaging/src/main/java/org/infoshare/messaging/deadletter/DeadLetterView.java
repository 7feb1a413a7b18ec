package org.infoshare.messaging.deadletter;

import java.time.Instant;

/**
 * One dead-lettered record as operators see it: where it lies, where it came from, why it was
 * dead-lettered (a reason free of personal data) and, when its value is a readable CloudEvent,
 * the event's id and type. Never the payload.
 */
public record DeadLetterView(int partition, long offset, String originalTopic, Integer originalPartition,
                             Long originalOffset, String reason, Instant timestamp, String eventId,
                             String eventType) {
}
