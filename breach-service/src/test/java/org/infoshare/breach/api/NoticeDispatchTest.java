package org.infoshare.breach.api;

import io.cloudevents.CloudEvent;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventCodec;
import org.infoshare.events.breach.BreachNoticeDispatched;
import org.infoshare.events.breach.BreachNoticeRequested;
import org.infoshare.events.breach.IndividualsNotified;
import org.infoshare.events.sharing.ShareReleased;
import org.infoshare.events.vocabulary.NoticeChannel;
import org.infoshare.events.vocabulary.NoticeDispatchFailure;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * P14.3 through the real broker: preparing notices asks consent-service for each
 * (breach-notice-requested, in the same transaction), and consent-service's answers
 * (breach-notice-dispatched, published here as it would) mark each notice sent, announced once as
 * individuals-notified, or failed with the reason, however often an answer is delivered.
 */
@QuarkusTest
class NoticeDispatchTest {

    private final SharingEvents sharing = new SharingEvents();
    private final ConsentAnswers consent = new ConsentAnswers();
    private final EventCodec codec = new EventCodec();

    @AfterEach
    void close() {
        sharing.close();
        consent.close();
    }

    @Test
    @DisplayName("P14.3 each prepared notice is requested once from consent-service; its answers, delivered three times, mark it sent once or failed, and individuals-notified follows once per person told")
    void dispatchAnswersSettleNotices() {
        // Notices are listed by subject id: "a" before "b".
        String ann = "subj-a-" + UUID.randomUUID();
        String bob = "subj-b-" + UUID.randomUUID();
        ShareReleased toAnn = SharingEvents.release(ann, "partner-a", null, "health");
        ShareReleased toBob = SharingEvents.release(bob, "partner-b", null, "health");
        sharing.publish(toAnn, toBob);
        String id = BreachReports.report("staff", BreachReports.aware(Instant.now().minusSeconds(600),
                List.of(toAnn.releaseId(), toBob.releaseId())));
        String breach = "/api/v1/breaches/" + id;
        BreachTracingTest.awaitAffected(id, 2);
        BreachReports.assess(id, "LIKELY", "SEVERE");
        Predicate<ConsumerRecord<String, byte[]>> ofBreach = r -> id.equals(r.key());

        try (TopicReader events = new TopicReader("test.breach-events")) {
            Map<String, Object> body = new HashMap<>(BreachWorkflowTest.notices());
            body.put("preferredChannel", "EMAIL");
            dpo().body(body).post(breach + "/notices").then().statusCode(201).body("prepared", equalTo(2));
            dpo().body(body).post(breach + "/notices").then().statusCode(201).body("prepared", equalTo(0));

            // One request per person, generic text and a subject id only.
            List<BreachNoticeRequested> requests = events.await(ofBreach, 2, Duration.ofSeconds(30)).stream()
                    .map(r -> codec.data(codec.deserialize(r.value()), BreachNoticeRequested.class)).toList();
            assertThat(requests).extracting(BreachNoticeRequested::subjectId).containsExactlyInAnyOrder(ann, bob);
            assertThat(requests).allSatisfy(request -> {
                assertThat(request.breachId()).isEqualTo(UUID.fromString(id));
                assertThat(request.preferredChannel()).isEqualTo(NoticeChannel.EMAIL);
                assertThat(request.advice()).contains("Information Commissioner's Office");
                assertThat(request.supportOffered()).contains("advocate");
            });
            given().auth().oauth2(Tokens.user("staff")).get(breach + "/notices").then().statusCode(200)
                    .body("items.status", equalTo(List.of("PENDING", "PENDING")))
                    .body("items.preferredChannel", equalTo(List.of("EMAIL", "EMAIL")));

            // consent-service answers: Ann's letter is queued, Bob has no contact details. Each answer
            // arrives three times (redelivery).
            Instant queuedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            BreachNoticeRequested toAnnNotice = requests.stream().filter(r -> r.subjectId().equals(ann)).findFirst()
                    .orElseThrow();
            BreachNoticeRequested toBobNotice = requests.stream().filter(r -> r.subjectId().equals(bob)).findFirst()
                    .orElseThrow();
            consent.publish(BreachNoticeDispatched.sent(toAnnNotice.breachId(), toAnnNotice.noticeId(), ann,
                    NoticeChannel.LETTER, queuedAt), 3);
            consent.publish(BreachNoticeDispatched.failed(toBobNotice.breachId(), toBobNotice.noticeId(), bob,
                    NoticeDispatchFailure.NO_CONTACT_DETAILS, queuedAt), 3);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().auth().oauth2(Tokens.user("staff")).get(breach + "/notices").then().statusCode(200)
                            .body("items.status", equalTo(List.of("SENT", "FAILED")))
                            .body("items.channel", equalTo(java.util.Arrays.asList("LETTER", null)))
                            .body("items[0].sentAt", equalTo(queuedAt.toString()))
                            .body("items[1].failureReason", equalTo("NO_CONTACT_DETAILS")));

            // Exactly one individuals-notified, for the person told; none for the failed notice.
            events.await(r -> ofBreach.test(r) && type(r).equals("org.infoshare.individuals-notified.v1"), 1,
                    Duration.ofSeconds(30));
            List<IndividualsNotified> notified = events.drain(ofBreach, Duration.ofSeconds(2)).stream()
                    .filter(r -> type(r).equals("org.infoshare.individuals-notified.v1"))
                    .map(r -> codec.data(codec.deserialize(r.value()), IndividualsNotified.class)).toList();
            assertThat(notified).hasSize(1);
            assertThat(notified.get(0).noticeId()).isEqualTo(toAnnNotice.noticeId());
            assertThat(notified.get(0).channel()).isEqualTo(NoticeChannel.LETTER);
            assertThat(notified.get(0).notifiedAt()).isEqualTo(queuedAt);

            // The failed notice blocks closure until staff tell the person another way and record it.
            given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                    .body(Map.of("channel", "IN_PERSON"))
                    .post(breach + "/notices/" + toBobNotice.noticeId() + "/sent").then().statusCode(200)
                    .body("status", equalTo("SENT")).body("channel", equalTo("IN_PERSON"));
            events.await(r -> ofBreach.test(r) && type(r).equals("org.infoshare.individuals-notified.v1"), 2,
                    Duration.ofSeconds(30));
        }
    }

    @Test
    @DisplayName("P14.3 an answer about an unknown notice, or about one already recorded as sent, changes nothing")
    void answersThatChangeNothing() {
        ShareReleased release = SharingEvents.release("subj-" + UUID.randomUUID(), "partner-a", null, "health");
        sharing.publish(release);
        String id = BreachReports.report("staff", BreachReports.aware(Instant.now().minusSeconds(600),
                List.of(release.releaseId())));
        String breach = "/api/v1/breaches/" + id;
        BreachTracingTest.awaitAffected(id, 1);
        BreachReports.assess(id, "LIKELY", "SEVERE");
        dpo().body(BreachWorkflowTest.notices()).post(breach + "/notices").then().statusCode(201);
        String notice = given().auth().oauth2(Tokens.user("staff")).get(breach + "/notices").then()
                .extract().path("items[0].id");
        given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(Map.of("channel", "PHONE"))
                .post(breach + "/notices/" + notice + "/sent").then().statusCode(200);

        try (TopicReader events = new TopicReader("test.breach-events")) {
            Instant at = Instant.now();
            UUID late = consent.publish(BreachNoticeDispatched.failed(UUID.fromString(id), UUID.fromString(notice), "s",
                    NoticeDispatchFailure.UNKNOWN_SUBJECT, at), 1);
            UUID unknown = consent.publish(BreachNoticeDispatched.sent(UUID.fromString(id), UUID.randomUUID(), "s",
                    NoticeChannel.EMAIL, at), 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> processed(late) && processed(unknown));
            assertThat(events.drain(r -> id.equals(r.key()) && !type(r).contains("dispatched"), Duration.ofSeconds(2)))
                    .as("nothing announced").isEmpty();
            given().auth().oauth2(Tokens.user("staff")).get(breach + "/notices").then()
                    .body("items.size()", equalTo(1))
                    .body("items[0].status", equalTo("SENT")).body("items[0].channel", equalTo("PHONE"))
                    .body("items[0].failureReason", equalTo(null));
        }
    }

    /** Whether breach-service applied (or consciously passed over) the event, in its own transaction. */
    private static boolean processed(UUID eventId) {
        Pool pool = Arc.container().instance(Pool.class).get();
        return pool.preparedQuery("SELECT count(*) FROM processed_event WHERE event_id = $1")
                .execute(Tuple.of(eventId)).map(rows -> rows.iterator().next().getLong(0) == 1)
                .await().indefinitely();
    }

    private String type(ConsumerRecord<String, byte[]> record) {
        CloudEvent event = codec.deserialize(record.value());
        return event.getType();
    }

    private static io.restassured.specification.RequestSpecification dpo() {
        return given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.JSON);
    }
}
