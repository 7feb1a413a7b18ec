package org.infoshare.audit.api;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.infoshare.events.EventCodec;
import org.infoshare.events.breach.BreachSuspected;
import org.infoshare.events.vocabulary.ReporterKind;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** X1 capture: every event on the real broker becomes one trail entry; poison is dead-lettered. */
@QuarkusTest
class TrailCaptureTest {

    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
            Map.of("bootstrap.servers", "127.0.0.1:9092"), new StringSerializer(), new ByteArraySerializer());

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    @DisplayName("X1 an event delivered three times becomes exactly one trail entry with its digest")
    void redeliveredEventIsRecordedOnce() {
        UUID breachId = UUID.randomUUID();
        byte[] event = breachSuspected(breachId, UUID.randomUUID());
        for (int delivery = 0; delivery < 3; delivery++) {
            send("test.breach-events", breachId.toString(), event);
        }
        // A later event with the same key queues behind the copies on the same partition.
        UUID sentinel = UUID.randomUUID();
        send("test.breach-events", breachId.toString(), breachSuspected(breachId, sentinel));

        await().atMost(Duration.ofSeconds(30)).until(() -> entries(breachId).size() == 2);
        List<Map<String, Object>> entries = entries(breachId);
        assertThat(entries).extracting(e -> e.get("type")).containsOnly("org.infoshare.breach-suspected.v1");
        assertThat(entries).extracting(e -> e.get("eventId")).doesNotHaveDuplicates().contains(sentinel.toString());
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("topic")).isEqualTo("test.breach-events");
            assertThat((String) e.get("payloadSha256")).hasSize(64);
        });
    }

    @Test
    @DisplayName("X1 a record that is not an event goes to audit's dead-letter topic with the reason, and capture goes on")
    void poisonRecordIsDeadLettered() {
        String key = UUID.randomUUID().toString();
        try (TopicReader deadLetters = new TopicReader("test.audit-service.dead-letter")) {
            send("test.consent-events", key, "{\"not\":\"a cloud event\"}".getBytes(StandardCharsets.UTF_8));
            UUID breachId = UUID.randomUUID();
            send("test.breach-events", breachId.toString(), breachSuspected(breachId, UUID.randomUUID()));

            var dead = deadLetters.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(30));
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).headers().lastHeader("dead-letter-reason")).isNotNull();
            await().atMost(Duration.ofSeconds(30)).until(() -> entries(breachId).size() == 1);
        }
    }

    private byte[] breachSuspected(UUID breachId, UUID eventId) {
        Instant now = Instant.now();
        BreachSuspected data = new BreachSuspected(breachId, ReporterKind.STAFF, null, now.minusSeconds(60),
                now.minusSeconds(30), false, List.of("health"), List.of(), now);
        return codec.serialize(codec.toCloudEvent(data, eventId, URI.create("urn:infoshare:breach-service"), now));
    }

    private void send(String topic, String key, byte[] value) {
        producer.send(new ProducerRecord<>(topic, key, value));
        producer.flush();
    }

    private static List<Map<String, Object>> entries(UUID subject) {
        return given().auth().oauth2(Tokens.user("auditor"))
                .queryParam("subject", subject.toString())
                .get("/api/v1/trail/entries")
                .then().statusCode(200)
                .extract().jsonPath().getList("items");
    }
}
