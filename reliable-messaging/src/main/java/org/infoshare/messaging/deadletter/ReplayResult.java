package org.infoshare.messaging.deadletter;

/** The answer for one replayed record: where it lies, its event id when readable, the outcome and, on failure, why. */
public record ReplayResult(int partition, long offset, String eventId, ReplayOutcome outcome, String reason) {
}
