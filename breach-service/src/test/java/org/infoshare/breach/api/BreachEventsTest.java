package org.infoshare.breach.api;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventCodec;
import org.infoshare.events.breach.BreachSuspected;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** A report reaches Kafka through the outbox, exactly once, keyed by the breach. */
@QuarkusTest
class BreachEventsTest {

    private final EventCodec codec = new EventCodec();

    @Test
    @DisplayName("P14.1 a reported breach is announced once on breach-events as breach-suspected, keyed by its id")
    void reportIsAnnouncedThroughTheOutbox() {
        try (TopicReader reader = new TopicReader("test.breach-events")) {
            String id = given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                    .body(BreachReports.valid()).post("/api/v1/breaches")
                    .then().statusCode(201).extract().path("id");

            reader.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> records = reader.drain(r -> id.equals(r.key()), Duration.ofSeconds(2));

            assertThat(records).hasSize(1);
            CloudEvent event = codec.deserialize(records.get(0).value());
            assertThat(event.getType()).isEqualTo("org.infoshare.breach-suspected.v1");
            assertThat(event.getSubject()).isEqualTo(id);
            assertThat(event.getSource().toString()).isEqualTo("urn:infoshare:breach-service");
            BreachSuspected suspected = codec.data(event, BreachSuspected.class);
            assertThat(suspected.breachId()).isEqualTo(UUID.fromString(id));
            assertThat(suspected.dataCategories()).containsExactly("health", "experience");
        }
    }

    @Test
    @DisplayName("P14.1 a partner system's report retried with the same Idempotency-Key is stored and announced once")
    void retriedReportIsAnnouncedOnce() {
        var body = BreachReports.partnerReport();
        String key = UUID.randomUUID().toString();
        try (TopicReader reader = new TopicReader("test.breach-events")) {
            String id = given().auth().oauth2(Tokens.client("partner-a-system")).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(body).post("/api/v1/breaches")
                    .then().statusCode(201).extract().path("id");
            given().auth().oauth2(Tokens.client("partner-a-system")).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(body).post("/api/v1/breaches")
                    .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
            body.put("summary", "another breach under the same key");
            assertProblem(given().auth().oauth2(Tokens.client("partner-a-system")).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(body).post("/api/v1/breaches"), 422, "unprocessable");

            reader.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
            assertThat(reader.drain(r -> id.equals(r.key()), Duration.ofSeconds(2))).hasSize(1);
            assertThat(given().auth().oauth2(Tokens.user("partner-a")).get("/api/v1/breaches?size=200")
                    .then().extract().jsonPath().getList("items.summary", String.class))
                    .doesNotContain("another breach under the same key");
        }
    }
}
