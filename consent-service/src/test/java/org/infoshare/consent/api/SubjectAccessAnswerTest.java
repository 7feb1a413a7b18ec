package org.infoshare.consent.api;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.consent.service.SubjectAccessEscalationJob;
import org.infoshare.events.EventCodec;
import org.infoshare.events.consent.SubjectAccessProgressed;
import org.infoshare.events.consent.SubjectAccessVerified;
import org.infoshare.events.subjectaccess.SubjectAccessItem;
import org.infoshare.events.subjectaccess.SubjectAccessPartPrepared;
import org.infoshare.events.vocabulary.PartCompleteness;
import org.infoshare.events.vocabulary.SubjectAccessStep;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.TopicWriter;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P12.2 end to end inside consent-service: every step of a request is an event, the other services'
 * parts arrive by event and are kept once each, the DPO reviews and releases the assembled answer
 * once, and a part missing at the deadline is escalated.
 */
@QuarkusTest
class SubjectAccessAnswerTest {

    private static final String REQUESTS = "/api/v1/subject-access-requests";
    private static final String PARTS = "test.subject-access-parts";

    private final EventCodec codec = new EventCodec();

    @Inject
    SubjectAccessEscalationJob escalation;

    @Test
    @DisplayName("P12.2 identity verification is announced once however often it is recorded; pause, resumption and extension are each an event")
    void everyStepIsAnEvent() {
        String subjectId = Subjects.register();
        try (TopicReader events = new TopicReader("test.consent-events")) {
            String id = receive(subjectId, Instant.now().minusSeconds(3600).toString());
            verify(id);
            verify(id);
            given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(Map.of("reason", "CLARIFICATION"))
                    .post(REQUESTS + "/" + id + "/pauses").then().statusCode(200);
            given().auth().oauth2(Tokens.user("staff")).post(REQUESTS + "/" + id + "/resumptions").then().statusCode(200);
            given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.JSON)
                    .body(Map.of("months", 1, "reason", "records in several services"))
                    .post(REQUESTS + "/" + id + "/extension").then().statusCode(200);

            List<CloudEvent> seen = events.await(r -> subjectId.equals(r.key()), 5, Duration.ofSeconds(30)).stream()
                    .map(r -> codec.deserialize(r.value())).toList();
            List<CloudEvent> all = events.drain(r -> subjectId.equals(r.key()), Duration.ofSeconds(2)).stream()
                    .map(r -> codec.deserialize(r.value())).toList();
            assertThat(all).hasSize(5).containsAll(seen);
            assertThat(all).extracting(CloudEvent::getType).containsExactly(
                    "org.infoshare.subject-access-requested.v1", "org.infoshare.subject-access-verified.v1",
                    "org.infoshare.subject-access-progressed.v1", "org.infoshare.subject-access-progressed.v1",
                    "org.infoshare.subject-access-progressed.v1");
            SubjectAccessVerified verified = codec.data(all.get(1), SubjectAccessVerified.class);
            assertThat(verified.requestId()).hasToString(id);
            assertThat(all.subList(2, 5)).extracting(e -> codec.data(e, SubjectAccessProgressed.class).step())
                    .containsExactly(SubjectAccessStep.PAUSED, SubjectAccessStep.RESUMED, SubjectAccessStep.EXTENDED);
            SubjectAccessProgressed extended = codec.data(all.get(4), SubjectAccessProgressed.class);
            assertThat(extended.dueDate()).isAfter(verified.dueDate());
        }
    }

    @Test
    @DisplayName("P12.2 every service's part arrives by event and is kept once; the DPO reviews the assembled answer and releases it once (409 the second time)")
    void assembledReviewedAndReleasedOnce() {
        String subjectId = Subjects.register();
        ConsentRequests.give(ConsentRequests.consent(subjectId, ConsentRequests.publishSheet()));
        String id = receive(subjectId, Instant.now().minusSeconds(3600).toString());

        assertProblem(given().auth().oauth2(Tokens.user("dpo")).post(REQUESTS + "/" + id + "/answer/review"), 409);
        verify(id);
        UUID requestId = UUID.fromString(id);

        // a part claiming to be audit's but sent by sharing-service is refused, never stored
        try (TopicWriter sharing = writer("sharing-service")) {
            sharing.send(part(requestId, subjectId, "audit-service", "forged"), Instant.now());
            byte[] sharingPart = sharing.send(part(requestId, subjectId, "sharing-service", "release"), Instant.now());
            sharing.sendRaw(subjectId, sharingPart); // redelivered
            sharing.send(part(requestId, subjectId, "sharing-service", "second"), Instant.now()); // a second part
        }
        try (TopicWriter breach = writer("breach-service")) {
            breach.send(part(requestId, subjectId, "breach-service", "breach"), Instant.now());
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(answer(id).getList("parts.service"))
                .containsExactly("breach-service", "sharing-service"));
        JsonPath partial = answer(id);
        assertThat(partial.getList("missingParts")).containsExactly("audit-service");
        assertThat(partial.getBoolean("complete")).isFalse();
        assertThat(partial.getString("consent.subject.subjectId")).isEqualTo(subjectId);
        assertThat(partial.getList("consent.consents")).hasSize(1);
        assertThat(partial.getList("parts.find { it.service == 'sharing-service' }.records.kind")).containsExactly("release");
        var reviewWhileMissing = given().auth().oauth2(Tokens.user("dpo")).post(REQUESTS + "/" + id + "/answer/review");
        assertProblem(reviewWhileMissing, 409);
        reviewWhileMissing.then().body("rules", contains("P12.2"));

        try (TopicWriter audit = writer("audit-service")) {
            audit.send(part(requestId, subjectId, "audit-service", "data-read"), Instant.now());
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(answer(id).getList("missingParts")).isEmpty());
        assertThat(answer(id).getList("parts.find { it.service == 'audit-service' }.records.kind")).containsExactly("data-read");

        assertProblem(given().auth().oauth2(Tokens.user("staff")).post(REQUESTS + "/" + id + "/answer/review"), 403);
        assertProblem(given().auth().oauth2(Tokens.user("dpo")).post(REQUESTS + "/" + id + "/answer/release"), 409);
        try (TopicReader events = new TopicReader("test.consent-events")) {
            given().auth().oauth2(Tokens.user("dpo")).post(REQUESTS + "/" + id + "/answer/review").then().statusCode(200)
                    .body("reviewed.at", org.hamcrest.Matchers.notNullValue());
            given().auth().oauth2(Tokens.user("dpo")).post(REQUESTS + "/" + id + "/answer/release").then().statusCode(200)
                    .body("complete", equalTo(true)).body("released.at", org.hamcrest.Matchers.notNullValue());
            var again = given().auth().oauth2(Tokens.user("dpo")).post(REQUESTS + "/" + id + "/answer/release");
            assertProblem(again, 409);
            again.then().body("rules", hasItem("P12.2"));

            events.await(r -> subjectId.equals(r.key()), 2, Duration.ofSeconds(30));
            List<SubjectAccessStep> steps = events.drain(r -> subjectId.equals(r.key()), Duration.ofSeconds(2)).stream()
                    .map(r -> codec.data(codec.deserialize(r.value()), SubjectAccessProgressed.class).step()).toList();
            assertThat(steps).containsExactly(SubjectAccessStep.ANSWER_REVIEWED, SubjectAccessStep.ANSWER_RELEASED);
        }
    }

    @Test
    @DisplayName("P12.2 a part missing when the request reaches its deadline is escalated once, with an event, and the DPO sees it on the answer")
    void missingPartAtTheDeadlineIsEscalated() {
        String subjectId = Subjects.register();
        String id = receive(subjectId, "2025-06-02T09:00:00Z");
        verify(id);
        try (TopicWriter sharing = writer("sharing-service")) {
            sharing.send(part(UUID.fromString(id), subjectId, "sharing-service", "release"), Instant.now());
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(answer(id).getList("parts")).hasSize(1));

        try (TopicReader events = new TopicReader("test.consent-events")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> check().isPresent());
            JsonPath escalated = answer(id);
            assertThat(escalated.getList("escalated.missingParts")).containsExactly("breach-service", "audit-service");
            assertThat(escalated.getString("escalated.at")).isNotNull();

            List<ConsumerRecord<String, byte[]>> records = events.await(r -> subjectId.equals(r.key()), 1, Duration.ofSeconds(30));
            SubjectAccessProgressed event = codec.data(codec.deserialize(records.get(0).value()), SubjectAccessProgressed.class);
            assertThat(event.step()).isEqualTo(SubjectAccessStep.PARTS_MISSING_ESCALATED);
            assertThat(event.missingParts()).containsExactly("breach-service", "audit-service");

            await().atMost(Duration.ofSeconds(30)).until(() -> check().isPresent());
            assertThat(events.drain(r -> subjectId.equals(r.key()), Duration.ofSeconds(2))).hasSize(1);
        }
        assertProblem(given().auth().oauth2(Tokens.user("dpo")).post(REQUESTS + "/" + id + "/answer/release"), 409);
    }

    /** One pass of the job; empty when another instance (a parallel test run) held the lock. */
    private Optional<Integer> check() {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> escalation.check());
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static String receive(String subjectId, String receivedAt) {
        return given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .body(Map.of("subjectId", subjectId, "channel", "LETTER", "receivedAt", receivedAt))
                .post(REQUESTS).then().statusCode(201).extract().path("id");
    }

    private static void verify(String id) {
        given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .body(Map.of("method", "photo ID seen at the office"))
                .post(REQUESTS + "/" + id + "/identity-verification").then().statusCode(200);
    }

    private static JsonPath answer(String id) {
        return given().auth().oauth2(Tokens.user("dpo")).get(REQUESTS + "/" + id + "/answer")
                .then().statusCode(200).extract().jsonPath();
    }

    private static TopicWriter writer(String service) {
        return new TopicWriter(PARTS, URI.create("urn:infoshare:" + service));
    }

    private static SubjectAccessPartPrepared part(UUID requestId, String subjectId, String service, String kind) {
        return new SubjectAccessPartPrepared(requestId, subjectId, service, PartCompleteness.COMPLETE, 0,
                List.of(new SubjectAccessItem(kind, UUID.randomUUID().toString(), null, Instant.now(), "partner-a",
                        List.of("experience"), null, null)), Instant.now());
    }
}
