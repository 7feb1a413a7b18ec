package org.infoshare.consent.api;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.infoshare.events.EventCodec;
import org.infoshare.events.breach.BreachNoticeRequested;
import org.infoshare.events.vocabulary.NoticeChannel;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Plays breach-service: publishes real breach-notice-requested CloudEvents to
 * {@code test.breach-events} on the real broker, as its outbox relay would, and the same event
 * again to stand for redelivery.
 */
final class BreachNoticeRequests implements AutoCloseable {

    static final String TOPIC = "test.breach-events";
    private static final URI SOURCE = URI.create("urn:infoshare:breach-service");

    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
            Map.of("bootstrap.servers", System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092")),
            new StringSerializer(), new ByteArraySerializer());

    static BreachNoticeRequested request(String subjectId, NoticeChannel preferred) {
        return new BreachNoticeRequested(UUID.randomUUID(), UUID.randomUUID(), subjectId,
                "Be wary of calls claiming to come from the care home.\n\nYou have the right to complain to the"
                        + " Information Commissioner's Office.",
                "Our helpline on 0300 000 0000 and an appointment with our advocate", preferred,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** Publishes the request as one event, {@code deliveries} times, waiting for each acknowledgement. */
    void publish(BreachNoticeRequested request, int deliveries) {
        byte[] value = codec.serialize(codec.toCloudEvent(request, UUID.randomUUID(), SOURCE, request.requestedAt()));
        for (int i = 0; i < deliveries; i++) {
            try {
                producer.send(new ProducerRecord<>(TOPIC, request.partitionKey(), value)).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the broker refused a test event", e.getCause());
            }
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
