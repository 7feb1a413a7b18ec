package org.infoshare.audit.api;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.infoshare.audit.domain.PayloadDigest;
import org.infoshare.events.EventCodec;
import org.infoshare.events.retention.RecordErased;
import org.infoshare.events.vocabulary.ErasureAction;
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
import static org.infoshare.testing.ProblemAssertions.assertProblem;

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

            // one group reads consent-events (the trail, which also answers subject access, P12.2): one dead letter
            var dead = deadLetters.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(30));
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).headers().lastHeader("dead-letter-reason")).isNotNull();
            await().atMost(Duration.ofSeconds(30)).until(() -> entries(breachId).size() == 1);
        }
    }

    @Test
    @DisplayName("X1 a record another service dead-lettered becomes a dead-letter entry with its place, reason and digest")
    void deadLettersAreCaptured() {
        String key = UUID.randomUUID().toString();
        byte[] raw = "{\"broken\": ".getBytes(StandardCharsets.UTF_8);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("test.consent-service.dead-letter", null, key, raw,
                List.of(new RecordHeader("dead-letter-reason", "not a CloudEvents 1.0 structured JSON event".getBytes(StandardCharsets.UTF_8)),
                        new RecordHeader("dead-letter-topic", "test.sharing-events".getBytes(StandardCharsets.UTF_8)),
                        new RecordHeader("dead-letter-partition", "2".getBytes(StandardCharsets.UTF_8)),
                        new RecordHeader("dead-letter-offset", "41".getBytes(StandardCharsets.UTF_8))));
        producer.send(record);
        producer.flush();

        await().atMost(Duration.ofSeconds(30)).until(() -> TrailFixture.entries(key).size() == 1);
        Map<String, Object> entry = TrailFixture.entries(key).get(0);
        assertThat(entry.get("kind")).isEqualTo("dead-letter");
        assertThat(entry.get("topic")).isEqualTo("test.consent-service.dead-letter");
        assertThat(entry.get("partition")).isNotNull();
        assertThat(entry.get("offset")).isNotNull();
        assertThat((String) entry.get("reason")).contains("not a CloudEvents").contains("test.sharing-events")
                .contains("offset 41");
        assertThat(entry.get("payloadSha256")).isEqualTo(PayloadDigest.sha256(raw));
    }

    @Test
    @DisplayName("P6.1 every read of personal data is in the trail, found by subject, actor, type and time, and on the subject's timeline")
    void personalDataReadsAreQueryable() {
        String subject = UUID.randomUUID().toString();
        String actor = "reader-" + UUID.randomUUID();
        Instant before = Instant.now().minusSeconds(5);
        try (TrailFixture fixture = new TrailFixture()) {
            fixture.accessed(subject, actor);
            fixture.accessed(subject, actor);
        }
        TrailFixture.awaitSeqs(subject, 2);
        List<Map<String, Object>> byActor = given().auth().oauth2(Tokens.user("auditor"))
                .queryParam("actor", actor).queryParam("type", "org.infoshare.personal-data-accessed.v1")
                .queryParam("from", before.toString()).queryParam("to", Instant.now().plusSeconds(60).toString())
                .get("/api/v1/trail/entries").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(byActor).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.get("subject")).isEqualTo(subject);
            assertThat(entry.get("actor")).isEqualTo(actor);
            assertThat(entry.get("kind")).isEqualTo("event");
        });
        assertThat(given().auth().oauth2(Tokens.user("auditor")).queryParam("actor", actor)
                .queryParam("to", before.toString()).get("/api/v1/trail/entries")
                .then().statusCode(200).extract().jsonPath().getList("items")).isEmpty();
        List<String> timeline = given().auth().oauth2(Tokens.user("dpo"))
                .get("/api/v1/trail/subjects/" + subject + "/timeline")
                .then().statusCode(200).extract().jsonPath().getList("items.occurredAt", String.class);
        assertThat(timeline).hasSize(2).isSortedAccordingTo(String::compareTo);
        assertProblem(given().auth().oauth2(Tokens.user("auditor")).queryParam("from", "yesterday")
                .get("/api/v1/trail/entries"), 400);
    }

    @Test
    @DisplayName("X1 the export gives every entry as one JSON line, in trail order")
    void exportAsJsonLines() {
        String subject = UUID.randomUUID().toString();
        try (TrailFixture fixture = new TrailFixture()) {
            fixture.accessed(subject, "staff-9");
        }
        long seq = TrailFixture.awaitSeqs(subject, 1).get(0);
        String lines = given().auth().oauth2(Tokens.user("auditor")).queryParam("fromSeq", seq).queryParam("limit", 1)
                .get("/api/v1/trail/export").then().statusCode(200).contentType("application/x-ndjson")
                .extract().asString();
        assertThat(lines.split("\n")).hasSize(1);
        assertThat(io.restassured.path.json.JsonPath.from(lines).getLong("seq")).isEqualTo(seq);
        assertThat(io.restassured.path.json.JsonPath.from(lines).getString("subject")).isEqualTo(subject);
    }

    @Test
    @DisplayName("P13.1 every retention removal announced on retention-events is in the trail, on the person's timeline")
    void retentionRemovalsAreInTheTrail() {
        UUID subject = UUID.randomUUID();
        RecordErased erased = new RecordErased("consent-service", "consent", UUID.randomUUID().toString(),
                subject.toString(), ErasureAction.DELETED, "P6Y", Instant.now());
        send("test.retention-events", subject.toString(), codec.serialize(codec.toCloudEvent(erased, UUID.randomUUID(),
                URI.create("urn:infoshare:consent-service"), Instant.now())));

        await().atMost(Duration.ofSeconds(30)).until(() -> entries(subject).size() == 1);
        assertThat(entries(subject).get(0).get("type")).isEqualTo("org.infoshare.record-erased.v1");
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
