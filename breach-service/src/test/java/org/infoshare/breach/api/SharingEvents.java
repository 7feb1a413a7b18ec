package org.infoshare.breach.api;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.infoshare.events.EventCodec;
import org.infoshare.events.sharing.ShareReleased;
import org.infoshare.events.vocabulary.ReleaseChannel;
import org.infoshare.events.vocabulary.Sensitivity;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Plays sharing-service: publishes real share-released CloudEvents to {@code test.sharing-events}
 * on the real broker, as sharing-service's outbox relay would.
 */
final class SharingEvents implements AutoCloseable {

    static final String TOPIC = "test.sharing-events";
    private static final URI SOURCE = URI.create("urn:infoshare:sharing-service");

    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
            Map.of("bootstrap.servers", System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092")),
            new StringSerializer(), new ByteArraySerializer());

    static ShareReleased release(String subjectId, String partnerId, UUID parent, Instant releasedAt,
                                 String... categories) {
        return new ShareReleased(UUID.randomUUID(), UUID.randomUUID(), subjectId, partnerId, parent,
                List.of("service improvement"), List.of(categories), Sensitivity.SPECIAL_CATEGORY,
                ReleaseChannel.SECURE_API, releasedAt);
    }

    static ShareReleased release(String subjectId, String partnerId, UUID parent, String... categories) {
        return release(subjectId, partnerId, parent, Instant.now().truncatedTo(ChronoUnit.SECONDS), categories);
    }

    /** Publishes each release as a new event and waits for the broker's acknowledgement. */
    void publish(ShareReleased... releases) {
        for (ShareReleased release : releases) {
            send(release.partitionKey(), bytes(release, UUID.randomUUID()));
        }
    }

    byte[] bytes(ShareReleased release, UUID eventId) {
        return codec.serialize(codec.toCloudEvent(release, eventId, SOURCE, release.releasedAt()));
    }

    void send(String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker refused a test event", e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
