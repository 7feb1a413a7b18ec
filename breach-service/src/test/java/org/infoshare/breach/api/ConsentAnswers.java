package org.infoshare.breach.api;

import org.infoshare.events.breach.BreachNoticeDispatched;
import org.infoshare.testing.TopicWriter;

import java.net.URI;
import java.util.UUID;

/**
 * Plays consent-service: publishes real breach-notice-dispatched CloudEvents to
 * {@code test.breach-events} on the real broker, as its outbox relay would (and, for redelivery,
 * the same event more than once).
 */
final class ConsentAnswers implements AutoCloseable {

    static final String TOPIC = "test.breach-events";
    private static final URI SOURCE = URI.create("urn:infoshare:consent-service");

    private final TopicWriter writer = new TopicWriter(TOPIC, SOURCE);

    /**
     * Publishes the answer as one event, {@code deliveries} times, waiting for each acknowledgement.
     *
     * @return the event's id
     */
    UUID publish(BreachNoticeDispatched answer, int deliveries) {
        UUID eventId = UUID.randomUUID();
        byte[] value = writer.envelope(answer, eventId, answer.dispatchedAt());
        for (int i = 0; i < deliveries; i++) {
            writer.sendRaw(answer.partitionKey(), value);
        }
        return eventId;
    }

    @Override
    public void close() {
        writer.close();
    }
}
