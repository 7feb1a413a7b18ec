package org.infoshare.sharing.api;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventCodec;
import org.infoshare.events.access.PersonalDataAccessed;
import org.infoshare.events.sharing.SafeguardingReferralProgressed;
import org.infoshare.events.sharing.SafeguardingReferred;
import org.infoshare.events.vocabulary.SafeguardingReferralStep;
import org.infoshare.sharing.service.SafeguardingFollowUp;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.WebhookReceiver;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P3.1 against the real database, broker and Keycloak: a safeguarding referral goes only to a
 * registered safeguarding team taking its route, reaches the team by signed webhook (or polling),
 * is fetched and acknowledged by that team alone, escalates when unanswered, and stays on the
 * DPO's list until the DPO marks it seen. The account of the concern is sealed at rest and never
 * in an event.
 */
@QuarkusTest
class SafeguardingDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration QUIET = Duration.ofSeconds(2);
    private static final String REFERRALS = "/api/v1/safeguarding-referrals";
    private static final String TEAM_API = "/api/v1/partner/safeguarding-referrals";

    private final EventCodec codec = new EventCodec();

    @Inject
    SafeguardingFollowUp followUp;

    private static String refer(Map<String, Object> body) {
        return Fixtures.as("staff").body(body).post(REFERRALS).then().statusCode(201).extract().path("id");
    }

    private static List<String> dpoInbox() {
        return Fixtures.dpo().queryParam("size", 200).get(REFERRALS + "/dpo-inbox").then().statusCode(200)
                .extract().path("items.id");
    }

    private Predicate<ConsumerRecord<String, byte[]>> progressed(String subject, String referralId,
                                                                 SafeguardingReferralStep step) {
        return r -> subject.equals(r.key()) && codec.data(codec.deserialize(r.value()))
                instanceof SafeguardingReferralProgressed p && p.referralId().toString().equals(referralId)
                && p.step() == step;
    }

    private SafeguardingReferralProgressed one(TopicReader reader, Predicate<ConsumerRecord<String, byte[]>> which) {
        reader.await(which, 1, PATIENCE);
        List<ConsumerRecord<String, byte[]>> found = reader.drain(which, QUIET);
        assertThat(found).as("announced once").hasSize(1);
        return (SafeguardingReferralProgressed) codec.data(codec.deserialize(found.get(0).value()));
    }

    private static long stored(String subject) {
        Pool pool = Arc.container().instance(Pool.class).get();
        return pool.preparedQuery("SELECT count(*) FROM safeguarding_referral WHERE subject_id = $1")
                .execute(Tuple.of(subject)).map(rows -> rows.iterator().next().getLong(0)).await().indefinitely();
    }

    private static String sealedConcern(String id) {
        Pool pool = Arc.container().instance(Pool.class).get();
        return pool.preparedQuery("SELECT concern_encrypted FROM safeguarding_referral WHERE id = $1::uuid")
                .execute(Tuple.of(id)).map(rows -> rows.iterator().next().getString(0)).await().indefinitely();
    }

    @Test
    @DisplayName("P3.1 a referral to a registered team is delivered by signed webhook, fetched (recorded) and acknowledged by that team only, stays on the DPO's list until seen, and its events tell the truth")
    void deliveredAcknowledgedAndSeen() {
        try (WebhookReceiver hook = new WebhookReceiver(Releases.secret("c"), 0);
             TopicReader sharing = new TopicReader("test.sharing-events");
             TopicReader accessed = new TopicReader("test.personal-data-accessed")) {
            SafeguardingReferrals.team("partner-c", List.of("ADULTS"), hook.url(), hook.secret());
            Map<String, Object> body = SafeguardingReferrals.to("partner-c", "ADULTS");
            String subject = (String) body.get("subjectId");

            // no consent on record for this person: the referral is never blocked by missing consent
            String id = refer(body);
            Fixtures.as("staff").get(REFERRALS + "/" + id).then().statusCode(200)
                    .body("safeguardingTeam", equalTo("partner-c")).body("route", equalTo("ADULTS"))
                    .body("onDpoList", equalTo(true)).body("$", not(org.hamcrest.Matchers.hasKey("concern")));

            // the DPO is told: the referral is on their list, committed with the event that says so
            assertThat(dpoInbox()).contains(id);
            Predicate<ConsumerRecord<String, byte[]>> referredEvent = r -> subject.equals(r.key())
                    && codec.data(codec.deserialize(r.value())) instanceof SafeguardingReferred;
            sharing.await(referredEvent, 1, PATIENCE);
            SafeguardingReferred referred = (SafeguardingReferred) codec.data(codec.deserialize(
                    sharing.drain(referredEvent, QUIET).get(0).value()));
            assertThat(referred.referralId()).hasToString(id);
            assertThat(referred.partnerId()).isEqualTo("partner-c");
            assertThat(referred.dpoNotified()).isTrue();

            // delivered to the team by a signed webhook that names neither the person nor the concern
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(hook.deliveries())
                    .filteredOn(d -> id.equals(d.deliveryId())).extracting(WebhookReceiver.Delivery::answered)
                    .containsExactly(204));
            WebhookReceiver.Delivery delivery = hook.deliveries().stream().filter(d -> id.equals(d.deliveryId()))
                    .findFirst().orElseThrow();
            assertThat(delivery.signatureValid()).isTrue();
            assertThat(delivery.body()).contains("\"type\":\"safeguarding-referred\"", "\"referralId\":\"" + id + "\"",
                    "\"route\":\"ADULTS\"", TEAM_API + "/" + id + "/acknowledge")
                    .doesNotContain(subject).doesNotContain("Bruising");
            SafeguardingReferralProgressed delivered = one(sharing, progressed(subject, id, SafeguardingReferralStep.DELIVERED));
            assertThat(delivered.partnerId()).isEqualTo("partner-c");
            assertThat(delivered.actorId()).isNull();
            Fixtures.as("staff").get(REFERRALS + "/" + id).then().body("deliveryState", equalTo("DELIVERED"))
                    .body("attempts", equalTo(1)).body("deliveredAt", notNullValue());

            // another partner cannot see or acknowledge it
            assertProblem(Releases.partner("partner-d").get(TEAM_API + "/" + id), 404, "not-found");
            assertProblem(Releases.partner("partner-d").post(TEAM_API + "/" + id + "/acknowledge"), 404, "not-found");
            Releases.partner("partner-d").queryParam("size", 200).get(TEAM_API).then().statusCode(200)
                    .body("items.id", not(hasItem(id)));

            // the team polls (no account in the list), fetches the account (a recorded read), acknowledges once
            Releases.partner("partner-c").queryParam("open", true).queryParam("size", 200).get(TEAM_API).then()
                    .statusCode(200).body("items.id", hasItem(id)).body("items.concern", everyItemNull());
            Releases.partner("partner-c").get(TEAM_API + "/" + id).then().statusCode(200)
                    .body("concern", equalTo(SafeguardingReferrals.CONCERN)).body("subjectId", equalTo(subject))
                    .body("category", equalTo("NEGLECT"));
            Predicate<ConsumerRecord<String, byte[]>> teamRead = r -> subject.equals(r.key())
                    && codec.data(codec.deserialize(r.value()), PersonalDataAccessed.class).resource()
                    .equals("safeguarding-referral/" + id)
                    && "partner-c".equals(codec.data(codec.deserialize(r.value()), PersonalDataAccessed.class).partnerId());
            PersonalDataAccessed read = codec.data(codec.deserialize(accessed.await(teamRead, 1, PATIENCE).get(0).value()),
                    PersonalDataAccessed.class);
            assertThat(read.purpose()).isEqualTo("safeguarding-referral-fetch");
            assertThat(read.actorRole()).isEqualTo("partner");

            Releases.partner("partner-c").post(TEAM_API + "/" + id + "/acknowledge").then().statusCode(200)
                    .body("acknowledgedAt", notNullValue()).body("concern", nullValue());
            assertProblem(Releases.partner("partner-c").post(TEAM_API + "/" + id + "/acknowledge"), 409, "conflict");
            assertThat(one(sharing, progressed(subject, id, SafeguardingReferralStep.ACKNOWLEDGED)).actorId()).isNotNull();
            Releases.partner("partner-c").queryParam("open", true).queryParam("size", 200).get(TEAM_API).then()
                    .body("items.id", not(hasItem(id)));

            // the acknowledgement does not take it off the DPO's list: only the DPO's own mark does
            assertThat(dpoInbox()).contains(id);
            Fixtures.dpo().post(REFERRALS + "/" + id + "/seen").then().statusCode(200)
                    .body("onDpoList", equalTo(false)).body("dpoSeenAt", notNullValue());
            assertThat(dpoInbox()).doesNotContain(id);
            assertProblem(Fixtures.dpo().post(REFERRALS + "/" + id + "/seen"), 409, "conflict");
            assertProblem(Fixtures.as("staff").post(REFERRALS + "/" + id + "/seen"), 403, "forbidden");
            assertThat(one(sharing, progressed(subject, id, SafeguardingReferralStep.DPO_SEEN)).actorId()).isNotNull();

            // the account of the concern is in no event, and sealed at rest
            assertThat(sharing.drain(r -> subject.equals(r.key()), Duration.ZERO))
                    .allSatisfy(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).doesNotContain("Bruising"));
            assertThat(sealedConcern(id)).startsWith("tink:").doesNotContain("Bruising");
        }
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemNull() {
        return org.hamcrest.Matchers.everyItem(nullValue());
    }

    @Test
    @DisplayName("P3.1 a referral to an unregistered partner, to a partner that is not a safeguarding team, or on a route the team does not take is refused with 422 naming P3.1: nothing stored, nothing announced")
    void refusedUnlessARegisteredTeamTakesTheRoute() {
        String unregistered = Fixtures.randomId("nobody");
        String provider = Fixtures.randomId("provider");
        Fixtures.ensure(Fixtures.partner(provider, "SERVICE_PROVIDER", null));
        String childrenOnly = Fixtures.randomId("children-team");
        SafeguardingReferrals.team(childrenOnly, List.of("CHILDREN"), null, null);
        List<Map<String, Object>> refused = List.of(SafeguardingReferrals.to(unregistered, "CHILDREN"),
                SafeguardingReferrals.to(provider, "CHILDREN"), SafeguardingReferrals.to(childrenOnly, "ADULTS"));
        List<String> reasons = List.of("not a registered partner", "not a safeguarding team",
                "does not take the ADULTS safeguarding route");
        try (TopicReader sharing = new TopicReader("test.sharing-events")) {
            for (int i = 0; i < refused.size(); i++) {
                Map<String, Object> body = refused.get(i);
                Response response = Fixtures.as("staff").body(body).post(REFERRALS);
                assertProblem(response, 422, "unprocessable");
                response.then().body("detail", containsString("P3.1")).body("detail", containsString(reasons.get(i)));
                assertThat(stored((String) body.get("subjectId"))).as("nothing stored").isZero();
            }
            List<String> subjects = refused.stream().map(b -> (String) b.get("subjectId")).toList();
            assertThat(sharing.drain(r -> subjects.contains(r.key()), QUIET)).as("nothing announced").isEmpty();
        }
        // the same team takes a referral on its own route
        refer(SafeguardingReferrals.to(childrenOnly, "CHILDREN"));
    }

    @Test
    @DisplayName("P3.1 a safeguarding team declares the routes it takes when registered; no other partner may: 422, nothing stored")
    void teamsDeclareTheirRoutes() {
        String team = Fixtures.randomId("team");
        Map<String, Object> noRoutes = Fixtures.partner(team, "SAFEGUARDING_TEAM", null);
        Response response = Fixtures.dpo().body(noRoutes).post("/api/v1/partners");
        assertProblem(response, 422, "unprocessable");
        response.then().body("detail", containsString("P3.1 a safeguarding team declares the routes it takes"));
        Map<String, Object> provider = new java.util.HashMap<>(Fixtures.partner(team, "SERVICE_PROVIDER", null));
        provider.put("safeguardingRoutes", List.of("CHILDREN"));
        assertProblem(Fixtures.dpo().body(provider).post("/api/v1/partners"), 422, "unprocessable");
        assertProblem(Fixtures.dpo().get("/api/v1/partners/" + team), 404, "not-found");

        SafeguardingReferrals.team(team, List.of("CHILDREN", "ADULTS"), null, null);
        Fixtures.dpo().get("/api/v1/partners/" + team).then().statusCode(200)
                .body("safeguardingRoutes", equalTo(List.of("CHILDREN", "ADULTS")));
    }

    @Test
    @DisplayName("P3.1 a referral its team has not acknowledged in time escalates: announced, back on the DPO's list though seen; an acknowledged one does not, and none escalates twice")
    void unacknowledgedReferralEscalates() throws Throwable {
        try (TopicReader sharing = new TopicReader("test.sharing-events")) {
            Map<String, Object> polled = SafeguardingReferrals.valid();
            String polledSubject = (String) polled.get("subjectId");
            String unanswered = refer(polled);
            // a team without a webhook polls: announced with the referral
            one(sharing, progressed(polledSubject, unanswered, SafeguardingReferralStep.LEFT_TO_POLLING));
            Fixtures.as("staff").get(REFERRALS + "/" + unanswered).then().body("deliveryState", equalTo("POLL_ONLY"));
            Fixtures.dpo().post(REFERRALS + "/" + unanswered + "/seen").then().statusCode(200);
            assertThat(dpoInbox()).doesNotContain(unanswered);

            SafeguardingReferrals.team("partner-c", List.of("CHILDREN", "ADULTS"), null, null);
            Map<String, Object> answeredBody = SafeguardingReferrals.to("partner-c", "CHILDREN");
            String answered = refer(answeredBody);
            Releases.partner("partner-c").post(TEAM_API + "/" + answered + "/acknowledge").then().statusCode(200);

            // not yet due: nothing escalates
            assertThat(VertxContextSupport.subscribeAndAwait(() -> followUp.escalateOverdue(Instant.now()))).isZero();
            // past the deadline (PT4H)
            assertThat(VertxContextSupport.subscribeAndAwait(
                    () -> followUp.escalateOverdue(Instant.now().plus(Duration.ofHours(5))))).isPositive();
            Fixtures.as("staff").get(REFERRALS + "/" + unanswered).then().body("escalatedAt", notNullValue())
                    .body("onDpoList", equalTo(true));
            assertThat(dpoInbox()).contains(unanswered);
            Fixtures.as("staff").get(REFERRALS + "/" + answered).then().body("escalatedAt", nullValue());
            SafeguardingReferralProgressed escalated = one(sharing,
                    progressed(polledSubject, unanswered, SafeguardingReferralStep.ESCALATED));
            assertThat(escalated.actorId()).isNull();
            assertThat(escalated.partnerId()).isEqualTo(SafeguardingReferrals.COUNTY_TEAM);

            assertThat(VertxContextSupport.subscribeAndAwait(
                    () -> followUp.escalateOverdue(Instant.now().plus(Duration.ofHours(10))))).isZero();
            assertThat(sharing.drain(progressed(polledSubject, unanswered, SafeguardingReferralStep.ESCALATED), QUIET))
                    .as("escalated once, all told").hasSize(1);
            assertThat(sharing.drain(progressed((String) answeredBody.get("subjectId"), answered,
                    SafeguardingReferralStep.ESCALATED), Duration.ZERO)).isEmpty();
        }
    }
}
