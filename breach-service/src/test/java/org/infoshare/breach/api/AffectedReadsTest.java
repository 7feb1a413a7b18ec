package org.infoshare.breach.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventCodec;
import org.infoshare.events.access.PersonalDataAccessed;
import org.infoshare.events.sharing.ShareReleased;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P6.1 at the API: reading who a breach affects, or its notices, reads people; each person read is
 * recorded as personal-data-accessed (one event per subject, all appended in one statement), and a
 * refused read (403, 404) records nothing.
 */
@QuarkusTest
class AffectedReadsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final SharingEvents sharing = new SharingEvents();
    private final EventCodec codec = new EventCodec();

    @AfterEach
    void close() {
        sharing.close();
    }

    @Test
    @DisplayName("P6.1 reading a breach's affected people records one read per person, with reader, purpose and resource; 403 and 404 record nothing")
    void affectedListIsRecordedPerPerson() {
        String ann = "subj-" + UUID.randomUUID();
        String bob = "subj-" + UUID.randomUUID();
        ShareReleased toAnn = SharingEvents.release(ann, "partner-a", null, "health");
        ShareReleased toBob = SharingEvents.release(bob, "partner-a", null, "health");
        sharing.publish(toAnn, toBob);
        String id = BreachReports.report("staff", BreachReports.aware(Instant.now().minusSeconds(600),
                List.of(toAnn.releaseId(), toBob.releaseId())));
        BreachTracingTest.awaitAffected(id, 2); // staff reads while the trace fills; the DPO's read is checked
        String missing = UUID.randomUUID().toString();

        try (TopicReader accessed = new TopicReader("test.personal-data-accessed")) {
            assertProblem(as("partner-a").get("/api/v1/breaches/" + id + "/affected"), 403, "forbidden");
            assertProblem(as("dpo").get("/api/v1/breaches/" + missing + "/affected"), 404);

            as("dpo").get("/api/v1/breaches/" + id + "/affected").then().statusCode(200)
                    .body("approximateSubjects", equalTo(2));

            for (String subject : List.of(ann, bob)) {
                PersonalDataAccessed read = only(accessed, subject, "dpo");
                assertThat(read.service()).isEqualTo("breach-service");
                assertThat(read.actorId()).isEqualTo(Tokens.actorId("dpo"));
                assertThat(read.partnerId()).isNull();
                assertThat(read.purpose()).isEqualTo("breach-affected-trace");
                assertThat(read.resource()).isEqualTo("breach/" + id + "/affected");
            }
            assertThat(events(accessed.drain(r -> true, Duration.ofSeconds(1))))
                    .as("the refused reads recorded nothing")
                    .noneMatch(e -> e.resource().contains(missing))
                    .noneMatch(e -> "partner".equals(e.actorRole()) && e.resource().equals("breach/" + id + "/affected"));
        }
    }

    @Test
    @DisplayName("P6.1 reading a breach's notices records each person they are addressed to")
    void noticeListIsRecorded() {
        String ann = "subj-" + UUID.randomUUID();
        ShareReleased toAnn = SharingEvents.release(ann, "partner-a", null, "health");
        sharing.publish(toAnn);
        String id = BreachReports.report("staff", BreachReports.aware(Instant.now().minusSeconds(600),
                List.of(toAnn.releaseId())));
        BreachTracingTest.awaitAffected(id, 1);
        BreachReports.assess(id, "POSSIBLE", "SIGNIFICANT");
        as("dpo").body(BreachWorkflowTest.notices()).post("/api/v1/breaches/" + id + "/notices").then()
                .statusCode(201);

        try (TopicReader accessed = new TopicReader("test.personal-data-accessed")) {
            String notice = as("dpo").get("/api/v1/breaches/" + id + "/notices").then().statusCode(200)
                    .body("items[0].subjectId", equalTo(ann)).extract().path("items[0].id");
            PersonalDataAccessed read = only(accessed, ann, "dpo", "breach-notice-review");
            assertThat(read.resource()).isEqualTo("breach-notice/" + notice);
            assertThat(read.actorId()).isEqualTo(Tokens.actorId("dpo"));
        }
    }

    private PersonalDataAccessed only(TopicReader reader, String subject, String role) {
        return only(reader, subject, role, "breach-affected-trace");
    }

    /** Waits for the record of the read and checks there is only one. */
    private PersonalDataAccessed only(TopicReader reader, String subject, String role, String purpose) {
        Predicate<ConsumerRecord<String, byte[]>> match = r -> subject.equals(r.key())
                && role.equals(event(r).actorRole()) && purpose.equals(event(r).purpose());
        reader.await(match, 1, PATIENCE);
        List<PersonalDataAccessed> found = events(reader.drain(match, Duration.ofMillis(500)));
        assertThat(found).as("one record of one read of " + subject).hasSize(1);
        return found.get(0);
    }

    private PersonalDataAccessed event(ConsumerRecord<String, byte[]> record) {
        return codec.data(codec.deserialize(record.value()), PersonalDataAccessed.class);
    }

    private List<PersonalDataAccessed> events(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(this::event).toList();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }
}
