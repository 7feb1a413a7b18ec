package org.infoshare.sharing.api;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.infoshare.events.EventCodec;
import org.infoshare.events.consent.ConsentEvent;
import org.infoshare.events.consent.ConsentGiven;
import org.infoshare.events.vocabulary.CaptureChannel;
import org.infoshare.events.vocabulary.LawfulBasis;
import org.infoshare.testing.Tokens;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.RestAssured;
import static org.awaitility.Awaitility.await;

/** Plays consent-service: puts consent events on the real test topic, as its outbox relay would. */
final class ConsentEvents implements AutoCloseable {

    static final String TOPIC = "test.consent-events";
    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
            Map.of("bootstrap.servers", System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092")),
            new StringSerializer(), new ByteArraySerializer());

    static ConsentGiven given(UUID consentId, String subjectId, List<String> purposes, List<String> partners,
                              Instant capturedAt) {
        return new ConsentGiven(consentId, subjectId, 1, purposes, List.of("experience", "service-used"), partners,
                List.of(), LawfulBasis.A, null, UUID.randomUUID(), 1, CaptureChannel.WRITTEN, "staff-1", capturedAt,
                365, null, false);
    }

    /** Sends an event with a fresh id; answers the bytes so a test can redeliver them. */
    byte[] send(ConsentEvent event) {
        byte[] value = codec.serialize(codec.toCloudEvent(event, UUID.randomUUID(),
                URI.create("urn:infoshare:consent-service"), Instant.now()));
        sendRaw(event.subjectId(), value);
        return value;
    }

    void sendRaw(String key, byte[] value) {
        producer.send(new ProducerRecord<>(TOPIC, key, value));
        producer.flush();
    }

    /** Waits until sharing-service's projection of the consent has reached a version. */
    static void awaitVersion(UUID consentId, long version) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = RestAssured.given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/consent-projections/" + consentId);
            return response.statusCode() == 200 && response.jsonPath().getLong("version") >= version;
        });
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(2));
    }
}
