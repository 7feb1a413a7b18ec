package org.infoshare.messaging.deadletter;

/**
 * A dead-lettered record handed back to its consumer: the topic it was first read from (as named
 * on the broker, prefix included), the dead-letter record's timestamp, and the original value.
 */
public record ReplayedRecord(String topic, long timestamp, byte[] value) {
}
