package org.infoshare.breach.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventCodec;
import org.infoshare.events.breach.BreachSuspected;
import org.infoshare.events.sharing.ShareReleased;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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

/**
 * P14.1 tracing against the real broker: share-released events published to test.sharing-events
 * feed the release projection, and a breach reaches the releases it names or its partner window,
 * every onward release below them, and so the people and partners affected.
 */
@QuarkusTest
class BreachTracingTest {

    private final SharingEvents sharing = new SharingEvents();
    private final EventCodec codec = new EventCodec();

    @AfterEach
    void close() {
        sharing.close();
    }

    @Test
    @DisplayName("P14.1 a breach naming releases reaches their onward children and grandchildren, and no unrelated release")
    void namedReleasesAndTheirOnwardChildren() {
        String ann = subject();
        String bob = subject();
        ShareReleased toA = SharingEvents.release(ann, "partner-a", null, "health");
        ShareReleased toAlso = SharingEvents.release(bob, "partner-a", null, "experience");
        ShareReleased onward = SharingEvents.release(ann, "partner-c", toA.releaseId(), "health");
        ShareReleased onwardAgain = SharingEvents.release(ann, "partner-d", onward.releaseId(), "health");
        ShareReleased aggregate = SharingEvents.release(null, "partner-c", toAlso.releaseId(), "counts");
        ShareReleased unrelated = SharingEvents.release(subject(), "partner-b", null, "health");
        // The grandchild first: out-of-order arrival must not matter to tracing.
        sharing.publish(onwardAgain, unrelated, toA, onward, toAlso, aggregate);

        String id = BreachReports.report("staff", BreachReports.aware(Instant.now().minusSeconds(600),
                List.of(toA.releaseId(), toAlso.releaseId())));

        JsonPath affected = awaitAffected(id, 5);
        assertThat(affected.getList("subjectIds", String.class)).containsExactlyInAnyOrder(ann, bob);
        assertThat(affected.getInt("approximateSubjects")).isEqualTo(2);
        assertThat(affected.getList("recipients", String.class)).containsExactly("partner-a");
        assertThat(affected.getList("onwardRecipients", String.class)).containsExactly("partner-c", "partner-d");
        assertThat(affected.getList("dataCategories", String.class))
                .containsExactly("counts", "experience", "health");
    }

    @Test
    @DisplayName("P14.1 a breach naming a partner and a time window reaches that partner's releases in it, both ends included, and their onward children")
    void partnerWindow() {
        String partner = "partner-w-" + UUID.randomUUID();
        Instant from = Instant.parse("2026-01-10T09:00:00Z");
        Instant to = Instant.parse("2026-01-10T17:00:00Z");
        String first = subject();
        String last = subject();
        ShareReleased atStart = SharingEvents.release(first, partner, null, from, "health");
        ShareReleased atEnd = SharingEvents.release(last, partner, null, to, "health");
        ShareReleased after = SharingEvents.release(subject(), partner, null, to.plusSeconds(1), "health");
        ShareReleased before = SharingEvents.release(subject(), partner, null, from.minusSeconds(1), "health");
        ShareReleased otherPartner = SharingEvents.release(subject(), "partner-b", null, from.plusSeconds(60), "health");
        ShareReleased onward = SharingEvents.release(last, "partner-c", atEnd.releaseId(),
                to.plusSeconds(3600), "health");
        sharing.publish(atStart, atEnd, after, before, otherPartner, onward);

        Map<String, Object> body = windowReport(partner, from, to);
        String id = BreachReports.report("dpo", body);

        JsonPath affected = awaitAffected(id, 3);
        assertThat(affected.getList("subjectIds", String.class)).containsExactlyInAnyOrder(first, last);
        assertThat(affected.getList("recipients", String.class)).containsExactly(partner);
        assertThat(affected.getList("onwardRecipients", String.class)).containsExactly("partner-c");

        // Once the projection holds them, breach-suspected names the window's releases.
        try (TopicReader reader = new TopicReader("test.breach-events")) {
            String again = BreachReports.report("dpo", body);
            List<ConsumerRecord<String, byte[]>> records = reader.await(r -> again.equals(r.key()), 1,
                    Duration.ofSeconds(30));
            BreachSuspected suspected = codec.data(codec.deserialize(records.get(0).value()), BreachSuspected.class);
            assertThat(suspected.releaseIds()).containsExactlyInAnyOrder(atStart.releaseId(), atEnd.releaseId());
        }
    }

    @Test
    @DisplayName("P14.1 a share-released delivered three times, and the same release announced twice, is one record")
    void redeliveryChangesNothing() {
        ShareReleased release = SharingEvents.release(subject(), "partner-a", null, "health");
        UUID eventId = UUID.randomUUID();
        byte[] event = sharing.bytes(release, eventId);
        for (int delivery = 0; delivery < 3; delivery++) {
            sharing.send(release.partitionKey(), event);
        }
        sharing.publish(release); // same release, new event id
        ShareReleased sentinel = SharingEvents.release(release.subjectId(), "partner-c", release.releaseId(), "health");
        sharing.publish(sentinel); // same key, so it queues behind the copies

        String id = BreachReports.report("staff", BreachReports.aware(Instant.now().minusSeconds(60),
                List.of(release.releaseId())));
        JsonPath affected = awaitAffected(id, 2);
        assertThat(affected.getInt("approximateRecords")).isEqualTo(2);
        assertThat(affected.getInt("approximateSubjects")).isEqualTo(1);
    }

    @Test
    @DisplayName("P14.1 a record that is not an event goes to breach-service's dead-letter topic with the reason, and tracing goes on")
    void poisonIsDeadLettered() {
        String key = UUID.randomUUID().toString();
        try (TopicReader deadLetters = new TopicReader("test.breach-service.dead-letter")) {
            sharing.send(key, "{\"not\":\"a cloud event\"}".getBytes(StandardCharsets.UTF_8));
            ShareReleased after = SharingEvents.release(subject(), "partner-a", null, "health");
            sharing.publish(after);

            var dead = deadLetters.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(30));
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).headers().lastHeader("dead-letter-reason")).isNotNull();
            String id = BreachReports.report("staff", BreachReports.aware(Instant.now().minusSeconds(60),
                    List.of(after.releaseId())));
            awaitAffected(id, 1);
        }
    }

    @Test
    @DisplayName("P14.1 a partner's report names a window on its own releases only; naming both releases and a window is refused")
    void scopeRules() {
        Instant now = Instant.now();
        Map<String, Object> foreign = windowReport("partner-b", now.minusSeconds(7200), now.minusSeconds(3600));
        assertProblem(given().auth().oauth2(Tokens.user("partner-a")).contentType(ContentType.JSON).body(foreign)
                .post("/api/v1/breaches"), 422, "unprocessable");
        Map<String, Object> own = windowReport("partner-a", now.minusSeconds(7200), now.minusSeconds(3600));
        given().auth().oauth2(Tokens.user("partner-a")).contentType(ContentType.JSON).body(own)
                .post("/api/v1/breaches").then().statusCode(201)
                .body("window.partnerId", org.hamcrest.Matchers.equalTo("partner-a"));
    }

    static Map<String, Object> windowReport(String partner, Instant from, Instant to) {
        Map<String, Object> body = BreachReports.aware(Instant.now().minusSeconds(600), List.of());
        body.remove("releaseIds");
        body.put("window", Map.of("partnerId", partner, "from", from.toString(), "to", to.toString()));
        return body;
    }

    /** Waits until the breach reaches {@code records} releases (events arrive asynchronously), then returns the trace. */
    static JsonPath awaitAffected(String breachId, int records) {
        await().atMost(Duration.ofSeconds(30)).until(() -> affected(breachId).getInt("approximateRecords") >= records);
        JsonPath affected = affected(breachId);
        assertThat(affected.getInt("approximateRecords")).isEqualTo(records);
        return affected;
    }

    static JsonPath affected(String breachId) {
        return given().auth().oauth2(Tokens.user("staff")).get("/api/v1/breaches/" + breachId + "/affected")
                .then().statusCode(200).extract().jsonPath();
    }

    private static String subject() {
        return "subj-" + UUID.randomUUID();
    }
}
