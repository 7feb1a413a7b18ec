package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.infoshare.events.EventCodec;
import org.infoshare.events.retention.RecordErased;
import org.infoshare.events.vocabulary.ErasureAction;
import org.infoshare.sharing.service.PayloadRetentionService;
import org.infoshare.sharing.service.RetentionService;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P13.1 against the real database: records past their retention are deleted or anonymised (the
 * fact of a release kept), records not due are kept, each removal is one record-erased event, and
 * the DPO's annual review lists what falls due.
 */
@QuarkusTest
class RetentionApiTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Pool pool;
    @Inject
    RetentionService retention;
    @Inject
    PayloadRetentionService payloads;

    private final EventCodec codec = new EventCodec();

    @Test
    @DisplayName("P13.1 a withdrawn release past six years is anonymised with its request (the fact kept), its notification and consent copy deleted; each removal one record-erased; a recent release is kept")
    void dueRecordsGoNotDueStay() throws Throwable {
        String oldRelease = Releases.withdrawnRelease("partner-c");
        Row old = row("SELECT subject_id, consent_id, share_request_id FROM release WHERE id = $1", oldRelease);
        String oldSubject = old.getString(0);
        UUID oldConsent = old.getUUID(1);
        UUID oldRequest = old.getUUID(2);
        String notification = Releases.notificationOf(oldRelease);
        Releases.Consented fresh = Releases.consentedRelease("partner-c");

        var sevenYearsAgo = Instant.now().minus(Duration.ofDays(365L * 7)).atOffset(ZoneOffset.UTC);
        exec("UPDATE release SET released_at = $2 WHERE id = $1", UUID.fromString(oldRelease), sevenYearsAgo);
        exec("UPDATE share_request SET requested_at = $2, decided_at = $2 WHERE id = $1", oldRequest, sevenYearsAgo);
        exec("UPDATE recipient_notification SET notified_at = $2 WHERE id = $1", UUID.fromString(notification), sevenYearsAgo);
        exec("UPDATE consent_projection SET updated_at = $2 WHERE consent_id = $1", oldConsent, sevenYearsAgo);

        try (TopicReader reader = new TopicReader("test.retention-events")) {
            VertxContextSupport.subscribeAndAwait(() -> retention.apply(Instant.now()));

            Row release = row("SELECT subject_id, subject_ref, consent_id, content_json IS NULL AND content_sealed IS NULL, "
                    + "anonymised_at IS NOT NULL, partner_id, status FROM release WHERE id = $1", oldRelease);
            assertThat(release.getString(0)).as("the person is gone").isNull();
            assertThat(release.getString(1)).isNull();
            assertThat(release.getUUID(2)).isNull();
            assertThat(release.getBoolean(3)).as("no payload").isTrue();
            assertThat(release.getBoolean(4)).isTrue();
            assertThat(release.getString(5)).as("the fact of the release stays").isEqualTo("partner-c");
            assertThat(release.getString(6)).isEqualTo("WITHDRAWN");
            Row request = row("SELECT subject_id, consent_id, anonymised_at IS NOT NULL, payload_sealed IS NULL, outcome "
                    + "FROM share_request WHERE id = $1", oldRequest.toString());
            assertThat(request.getString(0)).isNull();
            assertThat(request.getUUID(1)).isNull();
            assertThat(request.getBoolean(2)).isTrue();
            assertThat(request.getBoolean(3)).isTrue();
            assertThat(request.getString(4)).isEqualTo("APPROVED");
            // the fact of the release and of the decision is still read, without the person
            Releases.release(oldRelease).then().statusCode(200).body("partnerId", equalTo("partner-c"))
                    .body("subjectId", org.hamcrest.Matchers.nullValue());
            Fixtures.as("staff").get("/api/v1/share-requests/" + oldRequest).then().statusCode(200)
                    .body("outcome", equalTo("APPROVED")).body("subjectId", org.hamcrest.Matchers.nullValue());
            assertThat(count("SELECT count(*) FROM recipient_notification WHERE id = $1", notification)).isZero();
            assertThat(count("SELECT count(*) FROM consent_projection WHERE consent_id = $1", oldConsent.toString())).isZero();

            assertThat(row("SELECT subject_id FROM release WHERE id = $1", fresh.releaseId()).getString(0))
                    .isEqualTo(fresh.subject());
            assertThat(count("SELECT count(*) FROM consent_projection WHERE consent_id = $1", fresh.consentId().toString()))
                    .isEqualTo(1);

            List<RecordErased> events = reader.await(r -> oldSubject.equals(r.key()), 5, Duration.ofSeconds(30)).stream()
                    .map(r -> codec.data(codec.deserialize(r.value()), RecordErased.class)).toList();
            assertThat(events).extracting(RecordErased::recordKind).containsExactly("recipient-notification",
                    "share-request-payload", "release", "share-request", "consent-projection");
            assertThat(events).extracting(RecordErased::recordId).containsExactly(notification, oldRequest.toString(),
                    oldRelease, oldRequest.toString(), oldConsent.toString());
            assertThat(events).extracting(RecordErased::action).containsExactly(ErasureAction.DELETED,
                    ErasureAction.DELETED, ErasureAction.ANONYMISED, ErasureAction.ANONYMISED, ErasureAction.DELETED);
            assertThat(events).allSatisfy(e -> {
                assertThat(e.service()).isEqualTo("sharing-service");
                assertThat(e.subjectId()).isEqualTo(oldSubject);
            });
            assertThat(events.get(2).retentionPeriod()).isEqualTo("P6Y");
        }

        VertxContextSupport.subscribeAndAwait(() -> retention.apply(Instant.now()));
        assertThat(erasedInOutbox(oldSubject)).as("removed and announced once").hasSize(5);
        assertThat(erasedInOutbox(fresh.subject())).as("nothing of the recent release went").isEmpty();
    }

    @Test
    @DisplayName("P13.1 the register of agreements past six years: a superseded attestation, a resolved conflict, superseded guidance with its acknowledgement and a partner nothing refers to are deleted; an expired protocol loses its named recipient; what is current or open stays; each removal one record-erased, once")
    void registerOfAgreements() throws Throwable {
        var sevenYearsAgo = Instant.now().minus(Duration.ofDays(365L * 7)).atOffset(ZoneOffset.UTC);
        String partner = Fixtures.randomId("kept");
        Fixtures.ensure(Fixtures.partner(partner, "SERVICE_PROVIDER", null));
        String protocol = Fixtures.agreedProtocol(partner, Fixtures.PURPOSE, 180);
        String supersededAttestation = row("SELECT CAST(id AS TEXT) FROM protocol_attestation WHERE protocol_id = $1",
                protocol).getString(0);
        Fixtures.attested(protocol, partner);
        exec("UPDATE protocol_attestation SET attested_at = $2 WHERE id = $1", UUID.fromString(supersededAttestation),
                sevenYearsAgo.minusDays(1));
        UUID resolvedConflict = conflict(protocol, partner, sevenYearsAgo);
        UUID openConflict = conflict(protocol, partner, null);
        Fixtures.dpo().body(java.util.Map.of("status", "EXPIRED")).post("/api/v1/protocols/" + protocol + "/status")
                .then().statusCode(200);
        exec("UPDATE protocol SET updated_at = $2 WHERE id = $1", UUID.fromString(protocol), sevenYearsAgo);

        String supersededNote = Fixtures.publishGuidance("OPTICIAN");
        String currentNote = Fixtures.publishGuidance("OPTICIAN");
        exec("UPDATE guidance_note SET published_at = $2 WHERE id = $1", UUID.fromString(supersededNote), sevenYearsAgo);
        UUID acknowledgement = UUID.randomUUID();
        pool.preparedQuery("INSERT INTO guidance_acknowledgement (id, guidance_note_id, partner_id, acknowledged_by, "
                        + "acknowledged_at) VALUES ($1, $2, $3, 'fixture', $4)")
                .execute(Tuple.of(acknowledgement, UUID.fromString(supersededNote), partner, sevenYearsAgo))
                .await().atMost(WAIT);

        UUID providerLink = UUID.randomUUID();
        pool.preparedQuery("INSERT INTO provider_link (id, token_hash, purpose, target_id, partner_id, issued_at, "
                        + "expires_at) VALUES ($1, $2, 'ACKNOWLEDGE_GUIDANCE', $3, $4, $5, $5)")
                .execute(Tuple.of(providerLink, UUID.randomUUID().toString(), UUID.fromString(supersededNote), partner,
                        sevenYearsAgo))
                .await().atMost(WAIT);

        String idle = Fixtures.randomId("idle");
        Fixtures.ensure(Fixtures.partner(idle, "SERVICE_PROVIDER", null));
        for (String id : List.of(idle, partner)) {
            pool.preparedQuery("UPDATE partner SET updated_at = $2 WHERE id = $1").execute(Tuple.of(id, sevenYearsAgo))
                    .await().atMost(WAIT);
        }

        VertxContextSupport.subscribeAndAwait(() -> retention.apply(Instant.now()));

        assertThat(count("SELECT count(*) FROM protocol_attestation WHERE protocol_id = $1", protocol))
                .as("the current attestation stays").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM protocol_attestation WHERE id = $1", supersededAttestation)).isZero();
        assertThat(count("SELECT count(*) FROM protocol_conflict WHERE id = $1", resolvedConflict.toString())).isZero();
        assertThat(count("SELECT count(*) FROM protocol_conflict WHERE id = $1", openConflict.toString())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM guidance_acknowledgement WHERE id = $1", acknowledgement.toString())).isZero();
        assertThat(count("SELECT count(*) FROM guidance_note WHERE id = $1", supersededNote)).isZero();
        assertThat(count("SELECT count(*) FROM guidance_note WHERE id = $1", currentNote)).isEqualTo(1);
        assertThat(row("SELECT named_recipient_encrypted IS NULL AND anonymised_at IS NOT NULL, status FROM protocol "
                + "WHERE id = $1", protocol).getBoolean(0)).as("the terms stay, the named person goes").isTrue();
        Fixtures.as("staff").get("/api/v1/protocols/" + protocol).then().statusCode(200)
                .body("status", equalTo("EXPIRED"))
                .body("method.namedRecipient", equalTo(org.infoshare.sharing.domain.DisclosureMethod.RECIPIENT_REMOVED));
        assertThat(count("SELECT count(*) FROM provider_link WHERE id = $1", providerLink.toString())).isZero();
        assertThat(partnerCount(idle)).as("nothing referred to it").isZero();
        assertThat(partnerCount(partner)).as("its protocol still refers to it").isEqualTo(1);

        java.util.Map<String, String> expected = java.util.Map.of(supersededAttestation, "protocol-attestation",
                resolvedConflict.toString(), "protocol-conflict", acknowledgement.toString(), "guidance-acknowledgement",
                supersededNote, "guidance-note", protocol, "protocol", providerLink.toString(), "provider-link", idle, "partner");
        expected.forEach((id, kind) -> assertThat(erasedInOutbox(id)).as(kind).singleElement()
                .satisfies(e -> {
                    assertThat(e.recordKind()).isEqualTo(kind);
                    assertThat(e.subjectId()).isNull();
                    assertThat(e.action()).isEqualTo(kind.equals("protocol") ? ErasureAction.ANONYMISED
                            : ErasureAction.DELETED);
                }));

        VertxContextSupport.subscribeAndAwait(() -> retention.apply(Instant.now()));
        expected.keySet().forEach(id -> assertThat(erasedInOutbox(id)).as("announced once").hasSize(1));
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

        assertThat(acknowledgements("SELECT count(*) FROM staff_acknowledgement WHERE staff_id = $1 AND policy_version = '2019-1'",
                staff)).isZero();
        assertThat(acknowledgements("SELECT count(*) FROM staff_acknowledgement WHERE staff_id = $1 AND policy_version = '2020-1'",
                staff)).as("the latest, or the gate would refuse them").isEqualTo(1);
        assertThat(erasedInOutbox(staff + ":2019-1")).as("announced once").hasSize(1);
        assertThat(erasedInOutbox(staff + ":2020-1")).isEmpty();
    }

    private UUID conflict(String protocol, String partner, java.time.OffsetDateTime resolvedAt) {
        UUID id = UUID.randomUUID();
        pool.preparedQuery("""
                INSERT INTO protocol_conflict (id, protocol_id, partner_id, description, legal_basis, declared_by,
                    declared_at, resolution_outcome, resolution, resolved_by, resolved_at)
                VALUES ($1, $2, $3, 'Retention fixture', 'Fixture Act', 'fixture', $4, $5, $6, $7, $8)""")
                .execute(Tuple.from(java.util.Arrays.<Object>asList(id, UUID.fromString(protocol), partner,
                        resolvedAt == null ? java.time.OffsetDateTime.now(ZoneOffset.UTC) : resolvedAt.minusDays(1),
                        resolvedAt == null ? null : "PROTOCOL_EXPIRED", resolvedAt == null ? null : "Ended",
                        resolvedAt == null ? null : "dpo", resolvedAt)))
                .await().atMost(WAIT);
        return id;
    }

    private long acknowledgements(String sql, String staffId) {
        return pool.preparedQuery(sql).execute(Tuple.of(staffId)).await().atMost(WAIT).iterator().next().getLong(0);
    }

    private long partnerCount(String id) {
        return pool.preparedQuery("SELECT count(*) FROM partner WHERE id = $1").execute(Tuple.of(id))
                .await().atMost(WAIT).iterator().next().getLong(0);
    }

    @Test
    @DisplayName("P13.1 P11.1 a release payload destroyed after its retention is also announced as record-erased")
    void payloadDestructionIsRecordErased() throws Throwable {
        String partner = "partner-c";
        Releases.provider(partner, null);
        String share = ShareRequests.post(ShareRequests.aggregate(partner)).then().statusCode(201)
                .body("outcome", equalTo("APPROVED")).extract().path("id");
        String release = Releases.releaseOf(share, partner);
        exec("UPDATE release SET released_at = $2 WHERE id = $1", UUID.fromString(release),
                Instant.now().minus(Duration.ofDays(91)).atOffset(ZoneOffset.UTC));

        VertxContextSupport.subscribeAndAwait(() -> payloads.destroyDue(Instant.now()));

        List<RecordErased> erased = erasedInOutbox(release);
        assertThat(erased).hasSize(1);
        assertThat(erased.get(0).recordKind()).isEqualTo("release-payload");
        assertThat(erased.get(0).action()).isEqualTo(ErasureAction.DELETED);
        assertThat(erased.get(0).retentionPeriod()).isEqualTo("P90D");
    }

    @Test
    @DisplayName("P13.1 the annual review lists every kind with its period, reason and what falls due by the date; only the DPO sees it")
    void annualReview() {
        Releases.Consented dueSoon = Releases.consentedRelease("partner-c");
        exec("UPDATE release SET released_at = $2 WHERE id = $1", UUID.fromString(dueSoon.releaseId()),
                Instant.now().minus(Duration.ofDays(365L * 6 - 60)).atOffset(ZoneOffset.UTC));

        given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/retention/review").then().statusCode(200)
                .body("until", notNullValue())
                .body("kinds.kind", equalTo(List.of("ONWARD_REQUEST", "RECIPIENT_NOTIFICATION", "SAFEGUARDING_REFERRAL",
                        "LEGAL_DISCLOSURE", "RELEASE_PAYLOAD", "SHARE_REQUEST_PAYLOAD", "RELEASE", "SHARE_REQUEST",
                        "CONSENT_PROJECTION", "PROTOCOL_ATTESTATION", "PROTOCOL_CONFLICT", "GUIDANCE_ACKNOWLEDGEMENT",
                        "GUIDANCE_NOTE", "PROTOCOL", "PROVIDER_LINK", "PARTNER", "STAFF_ACKNOWLEDGEMENT")))
                .body("kinds.find { it.kind == 'RELEASE' }.retentionPeriod", equalTo("P6Y"))
                .body("kinds.find { it.kind == 'RELEASE' }.action", equalTo("ANONYMISED"))
                .body("kinds.find { it.kind == 'RELEASE' }.dueUntil", greaterThanOrEqualTo(1))
                .body("kinds.find { it.kind == 'RELEASE' }.oldestDue", notNullValue())
                .body("kinds.find { it.kind == 'RELEASE_PAYLOAD' }.retentionPeriod", equalTo("P90D"))
                .body("kinds.find { it.kind == 'RELEASE' }.reasonKept", org.hamcrest.Matchers.containsString("6 years"));

        // a review up to a month from now: the release due in two months is not listed as due yet
        String soon = java.time.LocalDate.now().plusDays(30).toString();
        long dueNextMonth = given().auth().oauth2(Tokens.user("dpo")).queryParam("until", soon)
                .get("/api/v1/retention/review").then().statusCode(200).body("kinds", hasSize(17))
                .extract().jsonPath().getLong("kinds.find { it.kind == 'RELEASE' }.dueUntil");
        long dueNextYear = given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/retention/review").then()
                .extract().jsonPath().getLong("kinds.find { it.kind == 'RELEASE' }.dueUntil");
        assertThat(dueNextYear).isGreaterThan(dueNextMonth);

        assertProblem(given().auth().oauth2(Tokens.user("dpo")).queryParam("until", "next year")
                .get("/api/v1/retention/review"), 400);
        assertProblem(given().auth().oauth2(Tokens.user("dpo")).queryParam("until", "2020-01-01")
                .get("/api/v1/retention/review"), 400);
        for (String user : new String[] {"staff", "auditor", "partner-a"}) {
            assertProblem(given().auth().oauth2(Tokens.user(user)).get("/api/v1/retention/review"), 403);
        }
    }

    private List<RecordErased> erasedInOutbox(String fragment) {
        List<RecordErased> found = new ArrayList<>();
        for (Row row : pool.preparedQuery("SELECT payload FROM outbox_event WHERE event_type = $1 "
                        + "AND payload LIKE '%' || $2 || '%' ORDER BY id")
                .execute(Tuple.of("org.infoshare.record-erased.v1", fragment)).await().atMost(WAIT)) {
            found.add(codec.data(codec.deserialize(row.getString(0).getBytes(StandardCharsets.UTF_8)),
                    RecordErased.class));
        }
        return found;
    }

    private void exec(String sql, Object id, Object value) {
        pool.preparedQuery(sql).execute(Tuple.of(id, value)).await().atMost(WAIT);
    }

    private Row row(String sql, String id) {
        return pool.preparedQuery(sql.replace("$1", "$1::uuid")).execute(Tuple.of(id)).await().atMost(WAIT)
                .iterator().next();
    }

    private long count(String sql, String id) {
        return row(sql, id).getLong(0);
    }
}
