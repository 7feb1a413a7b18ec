package org.infoshare.consent.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventCodec;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.events.consent.PersonLinkIssued;
import org.infoshare.events.consent.PersonLinkUsed;
import org.infoshare.events.consent.SubjectAccessRequested;
import org.infoshare.events.sharing.ShareReleased;
import org.infoshare.events.vocabulary.ContactChannel;
import org.infoshare.events.vocabulary.NoticeChannel;
import org.infoshare.events.vocabulary.PersonLinkUse;
import org.infoshare.events.vocabulary.ReleaseChannel;
import org.infoshare.events.vocabulary.Sensitivity;
import org.infoshare.testing.Tokens;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.TopicWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * Issue 13 item 4(a) against the real broker, database and Keycloak: a one-time link issued by staff
 * and sent like a breach notice, redeemed once by the dashboard's person-portal account, and the
 * person's view, withdrawal (channel WEB) and subject access request in the session it opens; every
 * use and refused use committed as an event.
 */
@QuarkusTest
class PersonLinkTest {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    private final EventCodec codec = new EventCodec();
    private final TopicWriter sharing = new TopicWriter("test.sharing-events", URI.create("urn:infoshare:sharing-service"));

    @AfterEach
    void close() {
        sharing.close();
    }

    @Test
    @DisplayName("I13.4a staff issue a link: 202 without the token, the letter queued encrypted by e-mail, only the token's SHA-256 stored, person-link-issued committed")
    void issueQueuesTheLetterAndStoresOnlyTheHash() throws Exception {
        Map<String, Object> person = Subjects.person();
        String subjectId = Subjects.register(person);
        try (TopicReader events = new TopicReader("test.consent-events")) {
            Response issued = PersonLinks.issue(subjectId);
            issued.then().statusCode(202);
            assertThat(issued.asString()).doesNotContain("/person/").doesNotContain("token");
            String linkId = issued.path("linkId");
            String token = PersonLinks.token(linkId);

            Row row = pool.preparedQuery("SELECT token_hash, purpose, expires_at, used_at FROM person_link WHERE link_id = $1")
                    .execute(Tuple.of(UUID.fromString(linkId))).await().indefinitely().iterator().next();
            assertThat(row.getBuffer("token_hash").getBytes()).isEqualTo(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
            assertThat(row.getString("purpose")).isEqualTo("PERSON_ACCESS");
            assertThat(row.getOffsetDateTime("expires_at").toInstant())
                    .isCloseTo(Instant.now().plus(Duration.ofDays(7)), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
            assertThat(row.getValue("used_at")).isNull();
            String letter = new String(pool.preparedQuery("SELECT content_ciphertext FROM person_link_dispatch WHERE link_id = $1")
                    .execute(Tuple.of(UUID.fromString(linkId))).await().indefinitely().iterator().next()
                    .getBuffer("content_ciphertext").getBytes(), StandardCharsets.ISO_8859_1);
            assertThat(letter).doesNotContain(token).doesNotContain((String) person.get("email"));

            given().auth().oauth2(Tokens.user("staff")).queryParam("purpose", "send the link")
                    .get("/api/v1/person-links/" + linkId + "/letter").then().statusCode(200)
                    .body("channel", org.hamcrest.Matchers.equalTo("EMAIL"))
                    .body("deliverTo[0]", org.hamcrest.Matchers.equalTo(person.get("email")))
                    .body("body", containsString("withdraw your consent"));

            PersonLinkIssued event = one(events, subjectId, PersonLinkIssued.class);
            assertThat(event.linkId()).hasToString(linkId);
            assertThat(event.channel()).isEqualTo(NoticeChannel.EMAIL);
            assertThat(event.issuedBy()).isEqualTo(Tokens.actorId("staff"));
            assertThat(new String(events.drain(r -> subjectId.equals(r.key()), Duration.ofSeconds(1)).stream()
                    .map(ConsumerRecord::value).reduce(new byte[0], PersonLinkTest::concat), StandardCharsets.UTF_8))
                    .doesNotContain(token);
        }
    }

    @Test
    @DisplayName("I13.4a a link redeems once for a session; the second redemption is 410 already used; both uses recorded")
    void redeemsOnce() {
        String subjectId = Subjects.register();
        String token = PersonLinks.issued(subjectId)[1];
        try (TopicReader events = new TopicReader("test.consent-events")) {
            Response first = PersonLinks.redeem(token);
            first.then().statusCode(200);
            assertThat(first.jsonPath().getString("handle")).hasSize(43).isNotEqualTo(token);
            assertThat(first.jsonPath().getString("expiresAt")).isNotBlank();

            Response second = PersonLinks.redeem(token);
            assertProblem(second, 410);
            assertThat(second.asString()).contains("already been used");

            assertThat(uses(events, subjectId, 2)).containsExactly(PersonLinkUse.REDEEMED, PersonLinkUse.REFUSED_ALREADY_USED);
        }
    }

    @Test
    @DisplayName("I13.4a an expired link is 410 and the refused use recorded; an unknown one is 404")
    void expiredAndUnknown() {
        String subjectId = Subjects.register();
        String[] link = PersonLinks.issued(subjectId);
        pool.preparedQuery("UPDATE person_link SET expires_at = now() - interval '1 minute' WHERE link_id = $1")
                .execute(Tuple.of(UUID.fromString(link[0]))).await().indefinitely();
        try (TopicReader events = new TopicReader("test.consent-events")) {
            Response expired = PersonLinks.redeem(link[1]);
            assertProblem(expired, 410);
            assertThat(expired.asString()).contains("expired");
            assertThat(uses(events, subjectId, 1)).containsExactly(PersonLinkUse.REFUSED_EXPIRED);
        }
        assertProblem(PersonLinks.redeem("A".repeat(43)), 404);
        assertProblem(PersonLinks.redeem("not-a-token"), 404);
    }

    @Test
    @DisplayName("I13.4a only the person-portal role redeems and uses sessions; staff get 403, and the portal cannot issue")
    void wrongRoleIs403() {
        String subjectId = Subjects.register();
        String token = PersonLinks.issued(subjectId)[1];
        for (String user : List.of("staff", "dpo", "auditor")) {
            given().auth().oauth2(Tokens.user(user)).post("/api/v1/person-links/" + token + "/redeem").then()
                    .statusCode(403);
        }
        PersonLinks.portal().body(Map.of("subjectId", subjectId)).post("/api/v1/person-links").then().statusCode(403);
        String handle = PersonLinks.redeem(token).then().statusCode(200).extract().path("handle");
        given().auth().oauth2(Tokens.user("staff")).get("/api/v1/person-sessions/" + handle).then().statusCode(403);
    }

    @Test
    @DisplayName("I13.4a the person sees the organisations that received their data and for what (projected from share-released), and withdraws in part with channel WEB, which propagates as consent-withdrawn")
    void viewAndWithdrawInPart() {
        String subjectId = Subjects.register();
        String consentId = ConsentRequests.give(ConsentRequests.consent(subjectId, ConsentRequests.publishSheet()));
        ShareReleased released = new ShareReleased(UUID.randomUUID(), UUID.randomUUID(), subjectId, "partner-a", null,
                List.of("service-improvement"), List.of("experience"), Sensitivity.CONFIDENTIAL, ReleaseChannel.SECURE_API,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        sharing.send(released, released.releasedAt());
        sharing.send(released, released.releasedAt()); // redelivered: projected once
        String handle = PersonLinks.session(subjectId);
        String session = "/api/v1/person-sessions/" + handle;

        await().atMost(ARRIVAL).until(() -> PersonLinks.portal().get(session).jsonPath()
                .getList("organisations.partnerId").contains("partner-a"));
        Response view = PersonLinks.portal().get(session);
        view.then().statusCode(200);
        assertThat(view.jsonPath().getList("organisations.purposes[0]", String.class)).containsExactly("service-improvement");
        assertThat(view.jsonPath().getInt("organisations[0].releases")).isEqualTo(1);
        assertThat(view.jsonPath().getString("consents[0].consentId")).isEqualTo(consentId);
        assertThat(view.asString()).doesNotContain("givenName").doesNotContain("email");

        try (TopicReader events = new TopicReader("test.consent-events")) {
            PersonLinks.portal().body(Map.of("consentId", consentId, "whole", false,
                            "recipientPartnerIds", List.of("partner-a")))
                    .post(session + "/withdrawals").then().statusCode(200)
                    .body("changed", org.hamcrest.Matchers.equalTo(true))
                    .body("consent.recipientPartnerIds", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("partner-a")));
            ConsentWithdrawn withdrawn = one(events, subjectId, ConsentWithdrawn.class);
            assertThat(withdrawn.channel()).isEqualTo(ContactChannel.WEB);
            assertThat(withdrawn.wholeConsent()).isFalse();
            assertThat(withdrawn.withdrawnRecipientPartnerIds()).containsExactly("partner-a");
            assertThat(withdrawn.recordedBy()).startsWith("person-link:");
            assertThat(uses(events, subjectId, 1)).contains(PersonLinkUse.CONSENT_WITHDRAWN);
        }
    }

    @Test
    @DisplayName("I13.4a the whole consent withdrawn through the session; someone else's consent is 404 and changes nothing")
    void withdrawWholeAndNotOthers() {
        String subjectId = Subjects.register();
        String consentId = ConsentRequests.give(ConsentRequests.consent(subjectId, ConsentRequests.publishSheet()));
        String otherConsent = ConsentRequests.give(ConsentRequests.consent());
        String session = "/api/v1/person-sessions/" + PersonLinks.session(subjectId);

        assertProblem(PersonLinks.portal().body(Map.of("consentId", otherConsent, "whole", true))
                .post(session + "/withdrawals"), 404);
        given().auth().oauth2(Tokens.user("staff")).get("/api/v1/consents/" + otherConsent).then()
                .body("state", org.hamcrest.Matchers.equalTo("ACTIVE"));
        PersonLinks.portal().body(Map.of("consentId", consentId, "whole", true)).post(session + "/withdrawals").then()
                .statusCode(200).body("consent.state", org.hamcrest.Matchers.equalTo("WITHDRAWN"));
    }

    @Test
    @DisplayName("I13.4a a subject access request through the session is received with channel WEB, committed as subject-access-requested")
    void subjectAccessRequest() {
        String subjectId = Subjects.register();
        String session = "/api/v1/person-sessions/" + PersonLinks.session(subjectId);
        try (TopicReader events = new TopicReader("test.consent-events")) {
            Response created = PersonLinks.portal().post(session + "/subject-access-requests");
            created.then().statusCode(201).body("channel", org.hamcrest.Matchers.equalTo("WEB"))
                    .body("status", org.hamcrest.Matchers.equalTo("AWAITING_IDENTITY"));
            SubjectAccessRequested requested = one(events, subjectId, SubjectAccessRequested.class);
            assertThat(requested.requestId()).hasToString(created.path("id"));
            assertThat(uses(events, subjectId, 1)).contains(PersonLinkUse.SUBJECT_ACCESS_REQUESTED);
        }
    }

    @Test
    @DisplayName("I13.4a an ended session is 410 and the refused use recorded")
    void endedSession() {
        String subjectId = Subjects.register();
        String handle = PersonLinks.session(subjectId);
        pool.preparedQuery("UPDATE person_link SET session_expires_at = now() - interval '1 second' WHERE subject_id = $1")
                .execute(Tuple.of(subjectId)).await().indefinitely();
        try (TopicReader events = new TopicReader("test.consent-events")) {
            assertProblem(PersonLinks.portal().get("/api/v1/person-sessions/" + handle), 410);
            assertThat(uses(events, subjectId, 1)).containsExactly(PersonLinkUse.REFUSED_SESSION_EXPIRED);
        }
        assertProblem(PersonLinks.portal().get("/api/v1/person-sessions/" + "B".repeat(43)), 404);
    }

    @Test
    @DisplayName("I13.4a eight redemptions of one link at once: exactly one wins a session, the others are 410")
    void concurrentRedeemOneWins() throws Exception {
        String token = PersonLinks.issued(Subjects.register())[1];
        String bearer = Tokens.client("dashboard-portal");
        ExecutorService racers = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    return given().auth().oauth2(bearer).contentType(ContentType.JSON)
                            .post("/api/v1/person-links/" + token + "/redeem").statusCode();
                }, racers));
            }
            start.countDown();
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
            assertThat(statuses).containsOnlyOnce(200).filteredOn(s -> s != 200).containsOnly(410);
        } finally {
            racers.shutdownNow();
        }
    }

    private <T extends org.infoshare.events.DomainEvent> T one(TopicReader events, String subjectId, Class<T> type) {
        String cloudType = "org.infoshare." + org.infoshare.events.EventType.of(
                type).typeName() + ".v1";
        List<ConsumerRecord<String, byte[]>> found = events.await(r -> subjectId.equals(r.key())
                && codec.deserialize(r.value()).getType().equals(cloudType), 1, ARRIVAL);
        assertThat(found).as("a %s for %s", type.getSimpleName(), subjectId).isNotEmpty();
        return codec.data(codec.deserialize(found.get(0).value()), type);
    }

    private List<PersonLinkUse> uses(TopicReader events, String subjectId, int count) {
        String cloudType = "org.infoshare.person-link-used.v1";
        List<ConsumerRecord<String, byte[]>> found = events.await(r -> subjectId.equals(r.key())
                && codec.deserialize(r.value()).getType().equals(cloudType), count, ARRIVAL);
        return found.stream().map(r -> codec.data(codec.deserialize(r.value()), PersonLinkUsed.class).use()).toList();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
