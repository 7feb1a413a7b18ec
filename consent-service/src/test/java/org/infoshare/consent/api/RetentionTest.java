package org.infoshare.consent.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.infoshare.consent.domain.ErasedRecord;
import org.infoshare.consent.domain.RecordKind;
import org.infoshare.consent.service.RetentionService;
import org.infoshare.events.EventCodec;
import org.infoshare.events.retention.RecordErased;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** P13.1 against the real database: expired records go, each removal is announced, the review reports. */
@QuarkusTest
class RetentionTest {

    @Inject
    RetentionService retention;
    @Inject
    Pool pool;

    private final EventCodec codec = new EventCodec();

    @Test
    @DisplayName("P13.1 an ended consent past its period is deleted, then the person's identity leaves the vault; each removal is an event")
    void expiredRecordsAreRemovedAndAnnounced() {
        String endedSubject = Subjects.register();
        String endedConsent = ConsentRequests.give(ConsentRequests.consent(endedSubject, ConsentRequests.publishSheet()));
        given().auth().oauth2(Tokens.user("staff")).contentType("application/json")
                .body(Map.of("whole", true, "channel", "LETTER"))
                .post("/api/v1/consents/" + endedConsent + "/withdrawals").then().statusCode(200);
        String activeSubject = Subjects.register();
        String activeConsent = ConsentRequests.give(ConsentRequests.consent(activeSubject, ConsentRequests.publishSheet()));

        try (TopicReader reader = new TopicReader("test.retention-events")) {
            List<ErasedRecord> erased = apply(Duration.ofDays(365L * 6 + 3));

            assertThat(erased).anySatisfy(r -> {
                assertThat(r.recordId()).isEqualTo(endedConsent);
                assertThat(r.action()).isEqualTo(ErasedRecord.Action.DELETED);
            }).anySatisfy(r -> {
                assertThat(r.recordId()).isEqualTo(endedSubject);
                assertThat(r.action()).isEqualTo(ErasedRecord.Action.ANONYMISED);
            }).noneSatisfy(r -> assertThat(r.recordId()).isIn(activeConsent, activeSubject));

            assertThat(count("SELECT count(*) FROM vault_entry WHERE subject_id = $1", endedSubject)).isZero();
            assertThat(count("SELECT count(*) FROM vault_lookup WHERE subject_id = $1", endedSubject)).isZero();
            assertThat(count("SELECT count(*) FROM consent_withdrawal WHERE consent_id = $1::uuid", endedConsent)).isZero();
            assertThat(count("SELECT count(*) FROM consent WHERE id = $1::uuid", activeConsent)).isEqualTo(1);

            List<RecordErased> events = reader.await(r -> endedSubject.equals(r.key()), 2, Duration.ofSeconds(30)).stream()
                    .map(r -> codec.data(codec.deserialize(r.value()), RecordErased.class)).toList();
            assertThat(events).extracting(RecordErased::recordKind).containsExactly("consent", "vault-entry");
            assertThat(events).allSatisfy(e -> {
                assertThat(e.service()).isEqualTo("consent-service");
                assertThat(e.retentionPeriod()).isEqualTo("P6Y");
            });
        }
    }

    @Test
    @DisplayName("P13.1 P14.3 a merged breach notice leaves the dispatch queue a year after it was queued, announced as record-erased")
    void mergedBreachNoticeIsRemoved() {
        String subjectId = Subjects.register();
        var request = BreachNoticeRequests.request(subjectId, null);
        try (BreachNoticeRequests breach = new BreachNoticeRequests()) {
            breach.publish(request, 1);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT count(*) FROM breach_notice_dispatch WHERE notice_id = $1::uuid", request.noticeId().toString()) == 1);

        try (TopicReader reader = new TopicReader("test.retention-events")) {
            assertThat(apply(Duration.ofDays(300))).noneSatisfy(
                    r -> assertThat(r.recordId()).isEqualTo(request.noticeId().toString()));
            assertThat(apply(Duration.ofDays(367))).anySatisfy(r -> {
                assertThat(r.recordId()).isEqualTo(request.noticeId().toString());
                assertThat(r.kind()).isEqualTo(RecordKind.BREACH_NOTICE);
                assertThat(r.action()).isEqualTo(ErasedRecord.Action.DELETED);
            });
            assertThat(count("SELECT count(*) FROM breach_notice_dispatch WHERE notice_id = $1::uuid",
                    request.noticeId().toString())).isZero();
            List<RecordErased> events = reader.await(r -> subjectId.equals(r.key()), 1, Duration.ofSeconds(30)).stream()
                    .map(r -> codec.data(codec.deserialize(r.value()), RecordErased.class)).toList();
            assertThat(events).extracting(RecordErased::recordKind).containsExactly("breach-notice");
            assertThat(events.get(0).retentionPeriod()).isEqualTo("P1Y");
        }
    }

    @Test
    @DisplayName("P13.1 P2.1 a legal-duty disclosure package leaves six years after it was prepared, announced as record-erased")
    void legalDisclosurePackageIsRemoved() {
        String subjectId = Subjects.register();
        var approved = new org.infoshare.events.sharing.LegalDisclosureApproved(java.util.UUID.randomUUID(), subjectId,
                org.infoshare.events.vocabulary.LegalRecipientKind.CORONER, "Rutland Coroner's Court", "INQ-2026-7",
                true, true, null, "dpo-1", Instant.now());
        try (var sharing = new org.infoshare.testing.TopicWriter("test.sharing-events",
                java.net.URI.create("urn:infoshare:sharing-service"))) {
            sharing.send(approved, approved.decidedAt());
        }
        String id = approved.disclosureId().toString();
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT count(*) FROM legal_disclosure_package WHERE disclosure_id = $1::uuid", id) == 1);

        try (TopicReader reader = new TopicReader("test.retention-events")) {
            assertThat(apply(Duration.ofDays(365L * 5))).noneSatisfy(r -> assertThat(r.recordId()).isEqualTo(id));
            assertThat(apply(Duration.ofDays(365L * 6 + 3))).anySatisfy(r -> {
                assertThat(r.recordId()).isEqualTo(id);
                assertThat(r.kind()).isEqualTo(RecordKind.LEGAL_DISCLOSURE);
            });
            assertThat(count("SELECT count(*) FROM legal_disclosure_package WHERE disclosure_id = $1::uuid", id)).isZero();
            List<RecordErased> events = reader.await(r -> subjectId.equals(r.key()), 2, Duration.ofSeconds(30)).stream()
                    .map(r -> codec.data(codec.deserialize(r.value()), RecordErased.class)).toList();
            assertThat(events).extracting(RecordErased::recordKind).containsExactly("legal-disclosure", "vault-entry");
        }
    }

    @Test
    @DisplayName("P13.1 issue 13 a person's one-time link leaves (with its queued letter) a year after issue, what they were shown of releases six years after the release; each announced as record-erased")
    void personLinkAndReleaseCopyAreRemoved() {
        String subjectId = Subjects.register();
        java.util.UUID link = java.util.UUID.randomUUID();
        java.util.UUID release = java.util.UUID.randomUUID();
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        pool.preparedQuery("INSERT INTO person_link (link_id, token_hash, subject_id, purpose, issued_by, issued_at, "
                        + "expires_at) VALUES ($1, $2, $3, 'PERSON_ACCESS', 'staff-1', $4, $4)")
                .execute(Tuple.of(link, io.vertx.core.buffer.Buffer.buffer(link.toString()), subjectId, now))
                .await().indefinitely();
        pool.preparedQuery("INSERT INTO person_link_dispatch (link_id, channel, key_id, content_ciphertext, "
                        + "dispatched_at) VALUES ($1, 'LETTER', 1, $2, $3)")
                .execute(Tuple.of(link, io.vertx.core.buffer.Buffer.buffer("sealed"), now)).await().indefinitely();
        pool.preparedQuery("INSERT INTO person_release (release_id, subject_id, partner_id, purposes, data_categories, "
                        + "released_at) VALUES ($1, $2, 'partner-a', $3, $3, $4)")
                .execute(Tuple.of(release, subjectId, new String[] {"service-improvement"}, now)).await().indefinitely();

        try (TopicReader reader = new TopicReader("test.retention-events")) {
            assertThat(apply(Duration.ofDays(300))).noneSatisfy(
                    r -> assertThat(r.recordId()).isIn(link.toString(), release.toString()));
            assertThat(apply(Duration.ofDays(367))).anySatisfy(r -> {
                assertThat(r.recordId()).isEqualTo(link.toString());
                assertThat(r.kind()).isEqualTo(RecordKind.PERSON_LINK);
            }).noneSatisfy(r -> assertThat(r.recordId()).isEqualTo(release.toString()));
            assertThat(count("SELECT count(*) FROM person_link_dispatch WHERE link_id = $1::uuid", link.toString()))
                    .as("the letter goes with its link").isZero();
            assertThat(apply(Duration.ofDays(365L * 6 + 3))).anySatisfy(r -> {
                assertThat(r.recordId()).isEqualTo(release.toString());
                assertThat(r.kind()).isEqualTo(RecordKind.PERSON_RELEASE);
            });
            List<RecordErased> events = reader.await(r -> subjectId.equals(r.key()), 2, Duration.ofSeconds(30)).stream()
                    .map(r -> codec.data(codec.deserialize(r.value()), RecordErased.class)).toList();
            assertThat(events).extracting(RecordErased::recordKind).startsWith("person-link", "person-release");
        }
    }

    @Test
    @DisplayName("P13.1 P15.1 the staff register keeps each member's latest acknowledgement and latest training per course; one a later one replaced goes after six years, announced once")
    void supersededStaffRecordsGo() {
        String staff = "staff-" + java.util.UUID.randomUUID();
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        java.util.UUID oldTraining = java.util.UUID.randomUUID();
        java.util.UUID latestTraining = java.util.UUID.randomUUID();
        pool.preparedQuery("INSERT INTO staff_member (staff_id, registered_by, registered_at) VALUES ($1, 'dpo-1', $2)")
                .execute(Tuple.of(staff, now)).await().indefinitely();
        for (Tuple acknowledged : List.of(Tuple.of(staff, "2019-1", now.minusDays(2)), Tuple.of(staff, "2020-1", now.minusDays(1)))) {
            pool.preparedQuery("INSERT INTO policy_acknowledgement (staff_id, policy_version, acknowledged_at) VALUES ($1, $2, $3)")
                    .execute(acknowledged).await().indefinitely();
        }
        for (Tuple training : List.of(Tuple.of(oldTraining, staff, java.time.LocalDate.now().minusYears(1), now.minusDays(2)),
                Tuple.of(latestTraining, staff, java.time.LocalDate.now(), now.minusDays(1)))) {
            pool.preparedQuery("INSERT INTO staff_training (id, staff_id, course, completed_on, recorded_by, recorded_at) "
                    + "VALUES ($1, $2, 'Information sharing induction', $3, 'dpo-1', $4)").execute(training).await().indefinitely();
        }

        assertThat(apply(Duration.ofDays(365L * 6 + 3))).anySatisfy(r -> {
            assertThat(r.recordId()).isEqualTo(staff + ":2019-1");
            assertThat(r.kind()).isEqualTo(RecordKind.POLICY_ACKNOWLEDGEMENT);
        }).anySatisfy(r -> {
            assertThat(r.recordId()).isEqualTo(oldTraining.toString());
            assertThat(r.kind()).isEqualTo(RecordKind.STAFF_TRAINING);
        }).noneSatisfy(r -> assertThat(r.recordId()).isIn(staff + ":2020-1", latestTraining.toString()));
        assertThat(count("SELECT count(*) FROM policy_acknowledgement WHERE staff_id = $1", staff))
                .as("the latest acknowledgement, or the gate would refuse them").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM staff_training WHERE staff_id = $1", staff)).isEqualTo(1);
        assertThat(apply(Duration.ofDays(365L * 6 + 3))).noneSatisfy(r -> assertThat(r.recordId()).startsWith(staff));
    }

    @Test
    @DisplayName("P13.1 the annual review lists what is held by kind and age, its period and why; only the DPO sees it")
    void annualReview() {
        ConsentRequests.give(ConsentRequests.consent());
        given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/retention/review").then().statusCode(200)
                .body("kinds.kind", equalTo(List.of("SUBJECT_ACCESS_REQUEST", "FOI_REQUEST", "CONSENT", "BREACH_NOTICE",
                        "LEGAL_DISCLOSURE", "PERSON_LINK", "PERSON_RELEASE", "POLICY_ACKNOWLEDGEMENT", "STAFF_TRAINING",
                        "VAULT_ENTRY")))
                .body("kinds.find { it.kind == 'CONSENT' }.retentionPeriod", equalTo("P6Y"))
                .body("kinds.find { it.kind == 'CONSENT' }.byAge.UNDER_1_YEAR", org.hamcrest.Matchers.greaterThan(0))
                .body("kinds.find { it.kind == 'CONSENT' }.reasonKept", org.hamcrest.Matchers.containsString("6 years"))
                .body("until", org.hamcrest.Matchers.notNullValue())
                .body("kinds.find { it.kind == 'CONSENT' }.action", equalTo("DELETED"))
                .body("kinds.find { it.kind == 'VAULT_ENTRY' }.action", equalTo("ANONYMISED"))
                .body("kinds.find { it.kind == 'CONSENT' }.dueUntil", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
        // a withdrawn consent falls due six years on: listed as due in a review reaching that far, with its date
        String ended = ConsentRequests.give(ConsentRequests.consent(Subjects.register(), ConsentRequests.publishSheet()));
        given().auth().oauth2(Tokens.user("staff")).contentType("application/json")
                .body(Map.of("whole", true, "channel", "LETTER"))
                .post("/api/v1/consents/" + ended + "/withdrawals").then().statusCode(200);
        given().auth().oauth2(Tokens.user("dpo")).queryParam("until", java.time.LocalDate.now().plusYears(6).plusDays(2).toString())
                .get("/api/v1/retention/review").then().statusCode(200)
                .body("kinds.find { it.kind == 'CONSENT' }.dueUntil", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("kinds.find { it.kind == 'CONSENT' }.oldestDue", org.hamcrest.Matchers.notNullValue());
        assertProblem(given().auth().oauth2(Tokens.user("dpo")).queryParam("until", "next year")
                .get("/api/v1/retention/review"), 400);
        for (String user : new String[] {"staff", "auditor", "partner-a"}) {
            assertProblem(given().auth().oauth2(Tokens.user(user)).get("/api/v1/retention/review"), 403);
        }
    }

    private List<ErasedRecord> apply(Duration ahead) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> retention.apply(Instant.now().plus(ahead)));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql, String parameter) {
        return pool.preparedQuery(sql).execute(Tuple.of(parameter)).await().indefinitely().iterator().next().getLong(0);
    }
}
