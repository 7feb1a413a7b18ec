package org.infoshare.consent.api;

import org.infoshare.events.breach.BreachNoticeRequested;
import org.infoshare.events.vocabulary.NoticeChannel;
import org.infoshare.testing.TopicWriter;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Plays breach-service: publishes real breach-notice-requested CloudEvents to
 * {@code test.breach-events} on the real broker, as its outbox relay would, and the same event
 * again to stand for redelivery.
 */
final class BreachNoticeRequests implements AutoCloseable {

    static final String TOPIC = "test.breach-events";
    private static final URI SOURCE = URI.create("urn:infoshare:breach-service");

    private final TopicWriter writer = new TopicWriter(TOPIC, SOURCE);

    static BreachNoticeRequested request(String subjectId, NoticeChannel preferred) {
        return new BreachNoticeRequested(UUID.randomUUID(), UUID.randomUUID(), subjectId,
                "Be wary of calls claiming to come from the care home.\n\nYou have the right to complain to the"
                        + " Information Commissioner's Office.",
                "Our helpline on 0300 000 0000 and an appointment with our advocate", preferred,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** Publishes the request as one event, {@code deliveries} times, waiting for each acknowledgement. */
    void publish(BreachNoticeRequested request, int deliveries) {
        byte[] value = writer.envelope(request, UUID.randomUUID(), request.requestedAt());
        for (int i = 0; i < deliveries; i++) {
            writer.sendRaw(request.partitionKey(), value);
        }
    }

    @Override
    public void close() {
        writer.close();
    }
}
