package org.infoshare.breach.api;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.infoshare.events.EventCodec;
import org.infoshare.events.breach.BreachNoticeDispatched;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Plays consent-service: publishes real breach-notice-dispatched CloudEvents to
 * {@code test.breach-events} on the real broker, as its outbox relay would (and, for redelivery,
 * the same event more than once).
 */
final class ConsentAnswers implements AutoCloseable {

    static final String TOPIC = "test.breach-events";
    private static final URI SOURCE = URI.create("urn:infoshare:consent-service");

    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
            Map.of("bootstrap.servers", System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092")),
            new StringSerializer(), new ByteArraySerializer());

    /**
     * Publishes the answer as one event, {@code deliveries} times, waiting for each acknowledgement.
     *
     * @return the event's id
     */
    UUID publish(BreachNoticeDispatched answer, int deliveries) {
        UUID eventId = UUID.randomUUID();
        byte[] value = codec.serialize(codec.toCloudEvent(answer, eventId, SOURCE, answer.dispatchedAt()));
        for (int i = 0; i < deliveries; i++) {
            try {
                producer.send(new ProducerRecord<>(TOPIC, answer.partitionKey(), value)).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the broker refused a test event", e.getCause());
            }
        }
        return eventId;
    }

    @Override
    public void close() {
        producer.close();
    }
}
