package org.infoshare.consent.api;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.infoshare.events.EventCodec;
import org.infoshare.events.consent.SubjectAccessRequested;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A request reaches Kafka through the outbox, exactly once, keyed by the subject. */
@QuarkusTest
class SubjectAccessEventsTest {

    private final EventCodec codec = new EventCodec();

    @Test
    @DisplayName("P12.2 a recorded request is announced once on consent-events with its due date, keyed by subject")
    void requestIsAnnouncedThroughTheOutbox() {
        Map<String, Object> body = SubjectAccessRequests.valid();
        body.put("receivedAt", "2026-01-31T10:00:00Z");
        String subjectId = (String) body.get("subjectId");
        try (TopicReader reader = new TopicReader("test.consent-events")) {
            given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/subject-access-requests").then().statusCode(201);

            // the request's events (the person's registration, X1, shares the key)
            java.util.function.Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> ofRequest =
                    r -> subjectId.equals(r.key()) && !new String(r.value(), java.nio.charset.StandardCharsets.UTF_8)
                            .contains("subject-registered");
            reader.await(ofRequest, 1, Duration.ofSeconds(30));
            var records = reader.drain(ofRequest, Duration.ofSeconds(2));

            assertThat(records).hasSize(1);
            CloudEvent event = codec.deserialize(records.get(0).value());
            assertThat(event.getType()).isEqualTo("org.infoshare.subject-access-requested.v1");
            SubjectAccessRequested requested = codec.data(event, SubjectAccessRequested.class);
            assertThat(requested.subjectId()).isEqualTo(subjectId);
            assertThat(requested.dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        }
    }
}
