package org.infoshare.audit.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.audit.service.MisuseDetection;
import org.infoshare.events.EventCodec;
import org.infoshare.events.access.PersonalDataAccessed;
import org.infoshare.events.audit.MisuseEscalated;
import org.infoshare.events.consent.SubjectAccessRequested;
import org.infoshare.events.vocabulary.ContactChannel;
import org.infoshare.messaging.jobs.JobLock;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.TopicWriter;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * P15.2 against the real stack: reads of personal data produced to Kafka as services report them
 * (P6.1), captured into the trail, evaluated by the detection pass, reported to the DPO, who
 * dismisses or escalates through the API (escalation leaves as misuse-escalated on breach-events).
 * Each test uses its own readers, so reports raised from other tests' reads do not interfere.
 */
@QuarkusTest
class MisuseDetectionTest {

    /** A Tuesday in November (GMT): inside working hours. */
    private static final Instant TUESDAY_10AM = Instant.parse("2026-11-24T10:00:00Z");
    /** A Sunday night. */
    private static final Instant SUNDAY_3AM = Instant.parse("2026-11-29T03:00:00Z");

    @Inject
    MisuseDetection detection;

    private final TopicWriter reads = new TopicWriter("test.personal-data-accessed",
            URI.create("urn:infoshare:consent-service"));
    private final TopicWriter consent = new TopicWriter("test.consent-events",
            URI.create("urn:infoshare:consent-service"));
    private final EventCodec codec = new EventCodec();

    @AfterEach
    void close() {
        reads.close();
        consent.close();
    }

    @Test
    @DisplayName("P15.2 (a) one user reading 5 people within 10 minutes raises one bulk-reads report; 4 people raise nothing")
    void bulkReads() throws SQLException {
        String heavy = reader();
        String light = reader();
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String subject = subject();
            subjects.add(subject);
            requestBehind(subject, TUESDAY_10AM.minusSeconds(3600));
        }
        for (int i = 0; i < 5; i++) {
            read(heavy, subjects.get(i), TUESDAY_10AM.plusSeconds(60L * i));
            if (i < 4) {
                read(light, subjects.get(i), TUESDAY_10AM.plusSeconds(60L * i));
            }
        }
        awaitEvaluated(heavy, 5);
        awaitEvaluated(light, 4);
        List<Map<String, Object>> heavyReports = reportsOf(heavy);
        assertThat(heavyReports).hasSize(1);
        assertThat(heavyReports.get(0)).containsEntry("rule", "bulk-reads").containsEntry("subject_count", 5)
                .containsEntry("status", "OPEN");
        assertThat(reportsOf(light)).isEmpty();
    }

    @Test
    @DisplayName("P15.2 (b) a read on a Sunday night raises an out-of-hours report; the same read on a Tuesday morning does not")
    void outOfHours() throws SQLException {
        String night = reader();
        String day = reader();
        String subject = subject();
        requestBehind(subject, TUESDAY_10AM.minusSeconds(3600)); // behind both reads (30 days' lookback)
        read(night, subject, SUNDAY_3AM);
        read(day, subject, TUESDAY_10AM);
        awaitEvaluated(night, 1);
        awaitEvaluated(day, 1);
        assertThat(reportsOf(night)).singleElement().satisfies(report -> assertThat(report)
                .containsEntry("rule", "out-of-hours").containsEntry("subject_count", 1));
        assertThat(reportsOf(day)).isEmpty();
    }

    @Test
    @DisplayName("P15.2 (c) a read of a person with no case or request behind it raises a no-case report; with a subject access request behind it, nothing")
    void noCaseBehind() throws SQLException {
        String curious = reader();
        String working = reader();
        String nobody = subject();
        String requester = subject();
        requestBehind(requester, TUESDAY_10AM.minusSeconds(86400));
        read(curious, nobody, TUESDAY_10AM);
        read(working, requester, TUESDAY_10AM);
        awaitEvaluated(curious, 1);
        awaitEvaluated(working, 1);
        assertThat(reportsOf(curious)).singleElement().satisfies(report -> assertThat(report)
                .containsEntry("rule", "no-case").containsEntry("subject_count", 1));
        assertThat(reportsOf(working)).isEmpty();
    }

    @Test
    @DisplayName("P15.2 a read delivered three times is one read in one report; a later read that night joins the same open report")
    void redeliveryRaisesOneReport() throws SQLException {
        String night = reader();
        String subject = subject();
        requestBehind(subject, SUNDAY_3AM.minusSeconds(3600));
        PersonalDataAccessed data = accessed(night, subject, SUNDAY_3AM);
        byte[] value = reads.envelope(data, UUID.randomUUID(), SUNDAY_3AM);
        for (int i = 0; i < 3; i++) {
            reads.sendRaw(subject, value);
        }
        awaitEvaluated(night, 1);
        read(night, subject, SUNDAY_3AM.plusSeconds(1800));
        awaitEvaluated(night, 2);
        assertThat(reportsOf(night)).singleElement().satisfies(report -> assertThat(report)
                .containsEntry("rule", "out-of-hours").containsEntry("read_count", 2)
                .containsEntry("subject_count", 1));
    }

    @Test
    @DisplayName("P15.2 two instances: while another holds the detection job's lock this one evaluates nothing; two passes at once after it raise one report")
    void oneInstanceAtATime() throws Throwable {
        String night = reader();
        String subject = subject();
        requestBehind(subject, SUNDAY_3AM.minusSeconds(3600));
        try (Connection other = TrailFixture.runtime()) {
            other.setAutoCommit(false);
            // the scheduled pass may hold the lock for a moment: take it as soon as it is free
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> tryLock(other));
            read(night, subject, SUNDAY_3AM);
            await().atMost(Duration.ofSeconds(30)).until(() -> TrailFixture.entries(subject).size() >= 2);
            assertThat(VertxContextSupport.<Integer>subscribeAndAwait(() -> detection.evaluate())).isZero();
            assertThat(reportsOf(night)).isEmpty();
            other.rollback();
        }
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(this::evaluate);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(this::evaluate);
        first.get(60, TimeUnit.SECONDS);
        second.get(60, TimeUnit.SECONDS);
        awaitEvaluated(night, 1);
        assertThat(reportsOf(night)).singleElement().satisfies(report -> assertThat(report)
                .containsEntry("rule", "out-of-hours").containsEntry("read_count", 1));
    }

    private static boolean tryLock(Connection connection) throws java.sql.SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, JobLock.id("audit-misuse-detection"));
            try (ResultSet rows = lock.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    private Integer evaluate() {
        try {
            return VertxContextSupport.<Integer>subscribeAndAwait(() -> detection.evaluate());
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("P15.2 the DPO lists open reports, sees the reads behind one, dismisses with a reason or escalates (misuse-escalated); staff get 403 and change nothing")
    void dpoDecides() throws SQLException {
        String first = reader();
        String second = reader();
        String subject = subject();
        requestBehind(subject, SUNDAY_3AM.minusSeconds(3600));
        read(first, subject, SUNDAY_3AM);
        read(second, subject, SUNDAY_3AM);
        awaitEvaluated(first, 1);
        awaitEvaluated(second, 1);
        String dismissed = (String) reportsOf(first).get(0).get("id");
        String escalated = (String) reportsOf(second).get(0).get("id");

        for (String user : new String[] {"staff", "auditor", "partner-a"}) {
            given().auth().oauth2(Tokens.user(user)).get("/api/v1/misuse-reports").then().statusCode(403);
            given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(Map.of("reason", "fine"))
                    .post("/api/v1/misuse-reports/" + dismissed + "/dismiss").then().statusCode(403);
            given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(Map.of("reason", "bad"))
                    .post("/api/v1/misuse-reports/" + escalated + "/escalate").then().statusCode(403);
        }
        assertThat(reportsOf(first).get(0)).containsEntry("status", "OPEN");
        assertThat(reportsOf(second).get(0)).containsEntry("status", "OPEN");

        JsonPath open = dpo().queryParam("size", 500).get("/api/v1/misuse-reports").then().statusCode(200)
                .body("items.id", hasItem(dismissed)).extract().jsonPath();
        List<String> raised = open.getList("items.raisedAt");
        assertThat(raised).isSortedAccordingTo((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));

        dpo().get("/api/v1/misuse-reports/" + dismissed).then().statusCode(200)
                .body("report.actorId", equalTo(first)).body("report.rule", equalTo("out-of-hours"))
                .body("reads[0].subjectId", equalTo(subject))
                .body("reads[0].occurredAt", equalTo(SUNDAY_3AM.toString()));
        dpo().get("/api/v1/misuse-reports/" + UUID.randomUUID()).then().statusCode(404);

        dpo().body(Map.of("reason", " ")).post("/api/v1/misuse-reports/" + dismissed + "/dismiss").then().statusCode(400);
        dpo().body(Map.of("reason", "on call for a safeguarding emergency"))
                .post("/api/v1/misuse-reports/" + dismissed + "/dismiss").then().statusCode(200)
                .body("status", equalTo("DISMISSED")).body("dpoNote", equalTo("on call for a safeguarding emergency"));
        dpo().body(Map.of("reason", "again")).post("/api/v1/misuse-reports/" + dismissed + "/escalate").then()
                .statusCode(409);

        try (TopicReader breachEvents = new TopicReader("test.breach-events")) {
            dpo().body(Map.of("reason", "no reason to read this person at night"))
                    .post("/api/v1/misuse-reports/" + escalated + "/escalate").then().statusCode(200)
                    .body("status", equalTo("ESCALATED"));
            List<ConsumerRecord<String, byte[]>> sent = breachEvents.await(r -> escalated.equals(r.key())
                    && codec.deserialize(r.value()).getType().contains("misuse-escalated"), 1, Duration.ofSeconds(30));
            assertThat(sent).hasSize(1);
            MisuseEscalated event = codec.data(codec.deserialize(sent.get(0).value()), MisuseEscalated.class);
            assertThat(event.readerId()).isEqualTo(second);
            assertThat(event.rule()).isEqualTo("out-of-hours");
            assertThat(event.subjectCount()).isEqualTo(1);
        }
        dpo().queryParam("status", "ESCALATED").queryParam("size", 500).get("/api/v1/misuse-reports").then()
                .statusCode(200).body("items.id", hasItem(escalated));
    }

    private static io.restassured.specification.RequestSpecification dpo() {
        return given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.JSON);
    }

    private static String reader() {
        return "staff-" + UUID.randomUUID();
    }

    private static String subject() {
        return "subj-" + UUID.randomUUID();
    }

    private static PersonalDataAccessed accessed(String actor, String subject, Instant at) {
        return new PersonalDataAccessed(UUID.randomUUID(), subject, "consent-service", actor, "staff", null,
                "care-coordination", "vault-entry", at);
    }

    private void read(String actor, String subject, Instant at) {
        reads.send(accessed(actor, subject, at), at);
    }

    /** A case behind a subject: a subject access request received at {@code at}. */
    private void requestBehind(String subject, Instant at) {
        consent.send(new SubjectAccessRequested(UUID.randomUUID(), subject, ContactChannel.EMAIL, at,
                LocalDate.of(2026, 12, 31)), at);
    }

    /** Until the reader's reads are in the trail and every rule's pass has gone past them. */
    private static void awaitEvaluated(String actor, int reads) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            try (Connection conn = TrailFixture.runtime();
                 PreparedStatement statement = conn.prepareStatement("""
                         SELECT count(*), coalesce(max(seq), -1),
                                (SELECT coalesce(min(last_seq), -1) FROM misuse_cursor),
                                (SELECT count(*) FROM misuse_cursor)
                           FROM trail_entry WHERE actor = ? AND event_type = 'org.infoshare.personal-data-accessed.v1'""")) {
                statement.setString(1, actor);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1) >= reads && rows.getLong(4) == 3 && rows.getLong(3) >= rows.getLong(2);
                }
            }
        });
    }

    private static List<Map<String, Object>> reportsOf(String actor) throws SQLException {
        try (Connection conn = TrailFixture.runtime();
             PreparedStatement statement = conn.prepareStatement("""
                     SELECT id::text, rule, subject_count, read_count, status FROM misuse_report
                      WHERE actor_id = ? ORDER BY raised_at""")) {
            statement.setString(1, actor);
            List<Map<String, Object>> reports = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reports.add(Map.of("id", rows.getString(1), "rule", rows.getString(2),
                            "subject_count", rows.getInt(3), "read_count", rows.getInt(4), "status", rows.getString(5)));
                }
            }
            return reports;
        }
    }
}
