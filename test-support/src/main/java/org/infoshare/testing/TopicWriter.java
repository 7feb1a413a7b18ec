package org.infoshare.testing;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.infoshare.events.DomainEvent;
import org.infoshare.events.EventCodec;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Plays another service in a test: puts its events on the real topic as its outbox relay would
 * (structured CloudEvents, keyed by the event's partition key), and can redeliver the same bytes.
 * Each send waits for the broker's acknowledgement.
 */
public final class TopicWriter implements AutoCloseable {

    private final String topic;
    private final URI source;
    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
            Map.of("bootstrap.servers", System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092")),
            new StringSerializer(), new ByteArraySerializer());

    /** @param source the producing service, e.g. {@code urn:infoshare:consent-service} */
    public TopicWriter(String topic, URI source) {
        this.topic = topic;
        this.source = source;
    }

    /** The event as its CloudEvent bytes, under the given event id and time. */
    public byte[] envelope(DomainEvent event, UUID eventId, Instant time) {
        return codec.serialize(codec.toCloudEvent(event, eventId, source, time));
    }

    /** Sends the event once under a fresh event id; answers its bytes so a test can redeliver them. */
    public byte[] send(DomainEvent event, Instant time) {
        byte[] value = envelope(event, UUID.randomUUID(), time);
        sendRaw(event.partitionKey(), value);
        return value;
    }

    /** Sends bytes as they are: a redelivery, or a record no service could read. */
    public void sendRaw(String key, byte[] value) {
        sendRaw(key, value, Map.of());
    }

    /** Sends bytes as they are with these record headers (e.g. a {@code traceparent}). */
    public void sendRaw(String key, byte[] value, Map<String, String> headers) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker refused a test event", e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(2));
    }
}
