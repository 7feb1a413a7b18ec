package org.infoshare.breach.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.infoshare.breach.service.RetentionService;
import org.infoshare.events.EventCodec;
import org.infoshare.events.retention.RecordErased;
import org.infoshare.events.sharing.ShareReleased;
import org.infoshare.events.vocabulary.ErasureAction;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P13.1 against the real database: a breach closed more than six years ago goes with its parts and
 * notices, release records are anonymised, what is not due stays, each removal is one
 * record-erased event, and the DPO's annual review lists what falls due.
 */
@QuarkusTest
class RetentionApiTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Pool pool;
    @Inject
    RetentionService retention;

    private final EventCodec codec = new EventCodec();

    @Test
    @DisplayName("P13.1 a breach closed over six years ago is deleted with its assessment and notices, an old release record loses its person; open breaches and recent records stay; each removal one record-erased")
    void dueRecordsGoNotDueStay() throws Throwable {
        String oldSubject = "subj-" + UUID.randomUUID();
        String freshSubject = "subj-" + UUID.randomUUID();
        ShareReleased oldRelease = SharingEvents.release(oldSubject, "partner-a", null,
                Instant.now().minus(Duration.ofDays(365L * 7)).truncatedTo(ChronoUnit.SECONDS), "health");
        ShareReleased freshRelease = SharingEvents.release(freshSubject, "partner-a", null, "health");
        try (SharingEvents sharing = new SharingEvents()) {
            sharing.publish(oldRelease, freshRelease);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM release_record WHERE release_id = ANY($1)",
                new UUID[] {oldRelease.releaseId(), freshRelease.releaseId()}) == 2);

        String closed = BreachReports.report("staff", BreachReports.valid());
        BreachReports.assess(closed, "REMOTE", "MINIMAL");
        String open = BreachReports.report("staff", BreachReports.valid());
        var sevenYearsAgo = Instant.now().minus(Duration.ofDays(365L * 7)).atOffset(ZoneOffset.UTC);
        pool.preparedQuery("UPDATE breach SET closed_at = $2 WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(closed), sevenYearsAgo)).await().atMost(WAIT);
        UUID notice = UUID.randomUUID();
        pool.preparedQuery("INSERT INTO breach_notice (id, breach_id, subject_id, status, advice, support_offered, "
                        + "channel, prepared_at, sent_at) VALUES ($1, $2, $3, 'SENT', 'Be wary of calls', 'Our helpline', "
                        + "'LETTER', $4, $4)")
                .execute(Tuple.of(notice, UUID.fromString(closed), oldSubject, sevenYearsAgo)).await().atMost(WAIT);

        try (TopicReader reader = new TopicReader("test.retention-events")) {
            VertxContextSupport.subscribeAndAwait(() -> retention.apply(Instant.now()));

            assertThat(count("SELECT count(*) FROM breach WHERE id = $1", UUID.fromString(closed))).isZero();
            assertThat(count("SELECT count(*) FROM breach_assessment WHERE breach_id = $1", UUID.fromString(closed))).isZero();
            assertThat(count("SELECT count(*) FROM breach_notice WHERE id = $1", notice)).isZero();
            assertThat(count("SELECT count(*) FROM breach WHERE id = $1", UUID.fromString(open))).isEqualTo(1);
            assertThat(count("SELECT count(*) FROM release_record WHERE release_id = $1 AND subject_id IS NULL",
                    oldRelease.releaseId())).as("the fact of the release stays, without the person").isEqualTo(1);
            assertThat(count("SELECT count(*) FROM release_record WHERE subject_id IS NOT NULL AND release_id = $1",
                    freshRelease.releaseId())).isEqualTo(1);

            List<RecordErased> ofPerson = reader.await(r -> oldSubject.equals(r.key()), 2, Duration.ofSeconds(30)).stream()
                    .map(r -> codec.data(codec.deserialize(r.value()), RecordErased.class)).toList();
            assertThat(ofPerson).extracting(RecordErased::recordKind).containsExactly("breach-notice", "release-record");
            assertThat(ofPerson).extracting(RecordErased::recordId)
                    .containsExactly(notice.toString(), oldRelease.releaseId().toString());
            assertThat(ofPerson).extracting(RecordErased::action)
                    .containsExactly(ErasureAction.DELETED, ErasureAction.ANONYMISED);
            List<RecordErased> ofBreach = reader.await(r -> closed.equals(r.key()), 1, Duration.ofSeconds(30)).stream()
                    .map(r -> codec.data(codec.deserialize(r.value()), RecordErased.class)).toList();
            assertThat(ofBreach).singleElement().satisfies(e -> {
                assertThat(e.recordKind()).isEqualTo("breach");
                assertThat(e.subjectId()).isNull();
                assertThat(e.service()).isEqualTo("breach-service");
                assertThat(e.retentionPeriod()).isEqualTo("P6Y");
            });
        }

        VertxContextSupport.subscribeAndAwait(() -> retention.apply(Instant.now()));
        assertThat(erasedInOutbox(oldSubject)).as("removed and announced once").isEqualTo(2);
        assertThat(erasedInOutbox(closed)).isEqualTo(1);
        assertThat(erasedInOutbox(freshSubject)).isZero();
        assertThat(erasedInOutbox(open)).isZero();
    }

    @Test
    @DisplayName("P13.1 the annual review lists every kind with its period, reason and what falls due by the date; only the DPO sees it")
    void annualReview() {
        String closing = BreachReports.report("staff", BreachReports.valid());
        pool.preparedQuery("UPDATE breach SET closed_at = $2 WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(closing),
                        Instant.now().minus(Duration.ofDays(365L * 6 - 60)).atOffset(ZoneOffset.UTC)))
                .await().atMost(WAIT);

        given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/retention/review").then().statusCode(200)
                .body("until", notNullValue())
                .body("kinds.kind", equalTo(List.of("BREACH_NOTICE", "BREACH", "RELEASE_RECORD", "STAFF_ACKNOWLEDGEMENT")))
                .body("kinds.find { it.kind == 'BREACH' }.retentionPeriod", equalTo("P6Y"))
                .body("kinds.find { it.kind == 'BREACH' }.action", equalTo("DELETED"))
                .body("kinds.find { it.kind == 'BREACH' }.dueUntil", greaterThanOrEqualTo(1))
                .body("kinds.find { it.kind == 'BREACH' }.oldestDue", notNullValue())
                .body("kinds.find { it.kind == 'RELEASE_RECORD' }.action", equalTo("ANONYMISED"))
                .body("kinds.find { it.kind == 'BREACH' }.reasonKept", org.hamcrest.Matchers.containsString("6 years"));

        String soon = java.time.LocalDate.now().plusDays(30).toString();
        long dueNextMonth = given().auth().oauth2(Tokens.user("dpo")).queryParam("until", soon)
                .get("/api/v1/retention/review").then().statusCode(200)
                .extract().jsonPath().getLong("kinds.find { it.kind == 'BREACH' }.dueUntil");
        long dueNextYear = given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/retention/review").then()
                .extract().jsonPath().getLong("kinds.find { it.kind == 'BREACH' }.dueUntil");
        assertThat(dueNextYear).isGreaterThan(dueNextMonth);

        assertProblem(given().auth().oauth2(Tokens.user("dpo")).queryParam("until", "soon")
                .get("/api/v1/retention/review"), 400);
        for (String user : new String[] {"staff", "auditor", "partner-a"}) {
            assertProblem(given().auth().oauth2(Tokens.user(user)).get("/api/v1/retention/review"), 403);
        }
    }

    @Test
    @DisplayName("P13.1 P15.1 the gate's copy of a staff member's acknowledgement goes six years after a later one replaced it; the latest stays whatever its age")
    void supersededStaffAcknowledgementGoes() throws Throwable {
        String staff = "staff-" + UUID.randomUUID();
        var eightYearsAgo = Instant.now().minus(Duration.ofDays(365L * 8)).atOffset(ZoneOffset.UTC);
        var sevenYearsAgo = Instant.now().minus(Duration.ofDays(365L * 7)).atOffset(ZoneOffset.UTC);
        for (var acknowledged : List.of(Tuple.of(staff, "2019-1", eightYearsAgo), Tuple.of(staff, "2020-1", sevenYearsAgo))) {
            pool.preparedQuery("INSERT INTO staff_acknowledgement (staff_id, policy_version, acknowledged_at) VALUES ($1, $2, $3)")
                    .execute(acknowledged).await().atMost(WAIT);
        }

        VertxContextSupport.subscribeAndAwait(() -> retention.apply(Instant.now()));
        VertxContextSupport.subscribeAndAwait(() -> retention.apply(Instant.now()));

        assertThat(count("SELECT count(*) FROM staff_acknowledgement WHERE staff_id = $1 AND policy_version = '2019-1'",
                staff)).isZero();
        assertThat(count("SELECT count(*) FROM staff_acknowledgement WHERE staff_id = $1 AND policy_version = '2020-1'",
                staff)).as("the latest, or the gate would refuse them").isEqualTo(1);
        assertThat(erasedInOutbox(staff + ":2019-1")).as("announced once").isEqualTo(1);
        assertThat(erasedInOutbox(staff + ":2020-1")).isZero();
    }

    private long erasedInOutbox(String fragment) {
        return pool.preparedQuery("SELECT count(*) FROM outbox_event WHERE event_type = $1 AND payload LIKE '%' || $2 || '%'")
                .execute(Tuple.of("org.infoshare.record-erased.v1", fragment)).await().atMost(WAIT)
                .iterator().next().getLong(0);
    }

    private long count(String sql, Object parameter) {
        return pool.preparedQuery(sql).execute(Tuple.of(parameter)).await().atMost(WAIT).iterator().next().getLong(0);
    }
}
