package org.infoshare.consent.api;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventCodec;
import org.infoshare.events.access.PersonalDataAccessed;
import org.infoshare.events.breach.BreachNoticeDispatched;
import org.infoshare.events.breach.BreachNoticeRequested;
import org.infoshare.events.vocabulary.NoticeChannel;
import org.infoshare.events.vocabulary.NoticeDispatchFailure;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P14.3 against the real broker and database: breach-service's breach-notice-requested (published
 * here as its relay would, and redelivered) is merged with the person's contact details inside the
 * vault, queued encrypted for the print and mail channel, its vault read recorded, and answered
 * once with breach-notice-dispatched, or with why it could not be sent.
 */
@QuarkusTest
class BreachNoticeDispatchTest {

    private static final String DISPATCHED = "org.infoshare.breach-notice-dispatched.v1";

    @Inject
    Pool pool;

    private final BreachNoticeRequests breach = new BreachNoticeRequests();
    private final EventCodec codec = new EventCodec();

    @AfterEach
    void close() {
        breach.close();
    }

    @Test
    @DisplayName("P14.3 a notice request delivered three times is merged once, queued as ciphertext, its vault read recorded once and answered once as dispatched by letter")
    void requestIsMergedQueuedEncryptedAndAnsweredOnce() throws Exception {
        Map<String, Object> person = Subjects.person();
        String subjectId = Subjects.register(person);
        BreachNoticeRequested request = BreachNoticeRequests.request(subjectId, null);
        String breachKey = request.breachId().toString();

        try (TopicReader events = new TopicReader("test.breach-events");
             TopicReader accessed = new TopicReader("test.personal-data-accessed");
             TopicReader deadLetters = new TopicReader("test.consent-service.dead-letter")) {
            breach.publish(request, 3);

            BreachNoticeDispatched answer = answerTo(events, request);
            assertThat(answer.channel()).isEqualTo(NoticeChannel.LETTER);
            assertThat(answer.failureReason()).isNull();
            assertThat(answer.subjectId()).isEqualTo(subjectId);

            accessed.await(r -> subjectId.equals(r.key()), 1, Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> reads = accessed.drain(r -> subjectId.equals(r.key()),
                    Duration.ofSeconds(1));
            assertThat(reads).as("one vault read for three deliveries").hasSize(1);
            PersonalDataAccessed read = codec.data(codec.deserialize(reads.get(0).value()), PersonalDataAccessed.class);
            assertThat(read.actorId()).isEqualTo("consent-service");
            assertThat(read.actorRole()).isEqualTo("service");
            assertThat(read.resource()).isEqualTo("vault-entry");
            assertThat(read.purpose()).startsWith("P14.3").contains(request.noticeId().toString());

            // At rest: one row, ciphertext only, with its key id.
            RowSet<Row> rows = pool.preparedQuery("SELECT status, channel, key_id, content_ciphertext"
                    + " FROM breach_notice_dispatch WHERE notice_id = $1").execute(Tuple.of(request.noticeId()))
                    .await().indefinitely();
            assertThat(rows.size()).isEqualTo(1);
            Row row = rows.iterator().next();
            assertThat(row.getString("status")).isEqualTo("QUEUED");
            assertThat(row.getString("channel")).isEqualTo("LETTER");
            assertThat(row.getLong("key_id")).isPositive();
            String raw = new String(row.getBuffer("content_ciphertext").getBytes(), StandardCharsets.ISO_8859_1);
            for (String plaintext : List.of((String) person.get("givenName"), (String) person.get("familyName"),
                    (String) person.get("email"), "Market Street", "LE15", "care home", "Dear")) {
                assertThat(raw).doesNotContain(plaintext);
            }

            // Staff list the queue without the content; reading one needs a purpose and is recorded.
            Response list = given().auth().oauth2(Tokens.user("staff")).get("/api/v1/breach-notices?size=200");
            list.then().statusCode(200);
            assertThat(list.jsonPath().getList("items.noticeId", String.class)).contains(request.noticeId().toString());
            assertThat(list.asString()).doesNotContain((String) person.get("givenName"))
                    .doesNotContain("Market Street");
            String notice = "/api/v1/breach-notices/" + request.noticeId();
            assertProblem(given().auth().oauth2(Tokens.user("dpo")).get(notice), 400);
            given().auth().oauth2(Tokens.user("dpo")).queryParam("purpose", "print the letter").get(notice).then()
                    .statusCode(200)
                    .body("dispatch.status", equalTo("QUEUED")).body("dispatch.channel", equalTo("LETTER"))
                    .body("recipient", equalTo(person.get("givenName") + " " + person.get("familyName")))
                    .body("deliverTo", contains("1 Market Street", "Oakham", "LE15 6AB"))
                    .body("body", containsString("Information Commissioner's Office"))
                    .body("body", containsString("advocate"));
            accessed.await(r -> subjectId.equals(r.key()), 2, Duration.ofSeconds(30));
            PersonalDataAccessed printed = codec.data(codec.deserialize(accessed.drain(r -> subjectId.equals(r.key()),
                    Duration.ofSeconds(1)).get(1).value()), PersonalDataAccessed.class);
            assertThat(printed.actorRole()).isEqualTo("dpo");
            assertThat(printed.resource()).isEqualTo("breach-notice");
            assertThat(printed.purpose()).isEqualTo("print the letter");

            assertThat(deadLetters.drain(r -> breachKey.equals(r.key()), Duration.ofSeconds(1))).isEmpty();
        }
        String log = Files.readString(Path.of("target/consent-service-test.log"));
        assertThat(log).doesNotContain((String) person.get("familyName")).doesNotContain((String) person.get("email"));
    }

    @Test
    @DisplayName("P14.3 a notice for someone who prefers e-mail goes to their e-mail address")
    void preferredEmailIsUsed() {
        Map<String, Object> person = Subjects.person();
        String subjectId = Subjects.register(person);
        BreachNoticeRequested request = BreachNoticeRequests.request(subjectId, NoticeChannel.EMAIL);
        try (TopicReader events = new TopicReader("test.breach-events")) {
            breach.publish(request, 1);
            assertThat(answerTo(events, request).channel()).isEqualTo(NoticeChannel.EMAIL);
        }
        given().auth().oauth2(Tokens.user("staff")).queryParam("purpose", "send the e-mail")
                .get("/api/v1/breach-notices/" + request.noticeId()).then().statusCode(200)
                .body("deliverTo", contains(person.get("email")));
    }

    @Test
    @DisplayName("P14.3 a person without address or e-mail, or unknown to the vault, is answered as not dispatched with the reason, once, never dead-lettered")
    void undeliverableIsAnsweredWithTheReason() {
        String namesOnly = Subjects.register(Map.<String, Object>of("givenName", "Grace", "familyName", "Hopper" + UUID.randomUUID()));
        String unknown = "subj-unknown-" + UUID.randomUUID();
        BreachNoticeRequested noContact = BreachNoticeRequests.request(namesOnly, NoticeChannel.EMAIL);
        BreachNoticeRequested nobody = BreachNoticeRequests.request(unknown, null);

        try (TopicReader events = new TopicReader("test.breach-events");
             TopicReader accessed = new TopicReader("test.personal-data-accessed");
             TopicReader deadLetters = new TopicReader("test.consent-service.dead-letter")) {
            breach.publish(noContact, 3);
            breach.publish(nobody, 3);

            BreachNoticeDispatched noContactAnswer = answerTo(events, noContact);
            assertThat(noContactAnswer.channel()).isNull();
            assertThat(noContactAnswer.failureReason()).isEqualTo(NoticeDispatchFailure.NO_CONTACT_DETAILS);
            BreachNoticeDispatched nobodyAnswer = answerTo(events, nobody);
            assertThat(nobodyAnswer.failureReason()).isEqualTo(NoticeDispatchFailure.UNKNOWN_SUBJECT);

            // The vault was read for the one person it holds, and not for the unknown id.
            assertThat(accessed.await(r -> namesOnly.equals(r.key()), 1, Duration.ofSeconds(30))).hasSize(1);
            assertThat(accessed.drain(r -> namesOnly.equals(r.key()) || unknown.equals(r.key()), Duration.ofSeconds(1)))
                    .hasSize(1);
            assertThat(deadLetters.drain(r -> noContact.breachId().toString().equals(r.key())
                    || nobody.breachId().toString().equals(r.key()), Duration.ofSeconds(1))).isEmpty();
        }
        long stored = pool.preparedQuery("SELECT count(*) FROM breach_notice_dispatch WHERE notice_id IN ($1, $2)"
                        + " AND status = 'FAILED' AND content_ciphertext IS NULL")
                .execute(Tuple.of(noContact.noticeId(), nobody.noticeId())).await().indefinitely()
                .iterator().next().getLong(0);
        assertThat(stored).isEqualTo(2);
        given().auth().oauth2(Tokens.user("staff")).queryParam("status", "FAILED").queryParam("size", 200)
                .get("/api/v1/breach-notices").then().statusCode(200)
                .body("items.find { it.noticeId == '" + noContact.noticeId() + "' }.failureReason",
                        equalTo("NO_CONTACT_DETAILS"));
        assertProblem(given().auth().oauth2(Tokens.user("dpo")).queryParam("purpose", "print")
                .get("/api/v1/breach-notices/" + noContact.noticeId()), 409);
        assertProblem(given().auth().oauth2(Tokens.user("dpo")).queryParam("purpose", "print")
                .get("/api/v1/breach-notices/" + UUID.randomUUID()), 404);
    }

    /** Waits for consent-service's answer to the request and checks there is exactly one. */
    private BreachNoticeDispatched answerTo(TopicReader events, BreachNoticeRequested request) {
        Predicate<ConsumerRecord<String, byte[]>> answer = r -> request.breachId().toString().equals(r.key())
                && DISPATCHED.equals(codec.deserialize(r.value()).getType());
        events.await(answer, 1, Duration.ofSeconds(30));
        List<ConsumerRecord<String, byte[]>> answers = events.drain(answer, Duration.ofSeconds(2));
        assertThat(answers).as("one answer however often the request came").hasSize(1);
        CloudEvent event = codec.deserialize(answers.get(0).value());
        assertThat(event.getSource().toString()).isEqualTo("urn:infoshare:consent-service");
        BreachNoticeDispatched dispatched = codec.data(event, BreachNoticeDispatched.class);
        assertThat(dispatched.noticeId()).isEqualTo(request.noticeId());
        assertThat(new String(answers.get(0).value(), StandardCharsets.UTF_8)).doesNotContain("Market Street");
        return dispatched;
    }
}
