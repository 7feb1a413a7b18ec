package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventCodec;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.events.sharing.RecipientAcknowledged;
import org.infoshare.events.sharing.RecipientNotified;
import org.infoshare.events.vocabulary.ContactChannel;
import org.infoshare.events.vocabulary.LawfulBasis;
import org.infoshare.events.vocabulary.RecipientResponse;
import org.infoshare.events.webhook.WithdrawalNotice;
import org.infoshare.sharing.service.RecipientNotificationService;
import org.infoshare.testing.JsonSchemas;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.WebhookReceiver;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P6.8 and P10.1 against the real broker, database and Keycloak: a consent covering three partners,
 * a share to each, one passed on to a fourth with the DPO's consent, then the withdrawal, delivered
 * three times, reaches all four recipient records once each, and their answers are recorded.
 */
@QuarkusTest
class WithdrawalPropagationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final EventCodec codec = new EventCodec();

    @Inject
    RecipientNotificationService notificationService;

    private static UUID consent(ConsentEvents events, String subject, List<String> partners) {
        UUID consentId = UUID.randomUUID();
        events.send(ConsentEvents.given(consentId, subject, List.of(Fixtures.PURPOSE), partners, Instant.now()));
        ConsentEvents.awaitVersion(consentId, 1);
        return consentId;
    }

    private static ConsentWithdrawn withdrawal(UUID consentId, String subject, boolean whole, List<String> partners) {
        return new ConsentWithdrawn(consentId, subject, 2, whole, List.of(), partners, List.of(), ContactChannel.PHONE,
                "staff-1", Instant.now());
    }

    private <T> List<T> events(TopicReader reader, String subject, Class<T> type, int count) {
        Predicate<ConsumerRecord<String, byte[]>> ofType = r -> subject.equals(r.key())
                && type.isInstance(codec.data(codec.deserialize(r.value())));
        reader.await(ofType, count, PATIENCE);
        return reader.drain(ofType, Duration.ofSeconds(2)).stream()
                .map(r -> type.cast(codec.data(codec.deserialize(r.value())))).toList();
    }

    @Test
    @DisplayName("P6.8 P10.1 a withdrawal delivered three times reaches three recipients and an onward one, once each; fetches answer 410; answers are recorded")
    void withdrawalReachesEveryRecipientOnce() throws Throwable {
        String subject = "subj-" + UUID.randomUUID();
        try (WebhookReceiver flaky = new WebhookReceiver(Releases.secret("a"), 2);
             WebhookReceiver atC = new WebhookReceiver(Releases.secret("c"), 0);
             WebhookReceiver atD = new WebhookReceiver(Releases.secret("d"), 0);
             ConsentEvents consentEvents = new ConsentEvents();
             TopicReader sharing = new TopicReader("test.sharing-events");
             TopicReader accessed = new TopicReader("test.personal-data-accessed")) {
            Releases.provider("partner-a", flaky);
            Releases.provider("partner-c", atC);
            Releases.provider("partner-d", atD);
            // the onward recipient: no webhook, so it polls; under the pharmacies' current guidance (P1.3)
            Fixtures.partnerBUnderCurrentGuidance();
            // the consent names the onward recipient too (P10.1: an onward share passes every rule a share does)
            UUID consentId = consent(consentEvents, subject, List.of("partner-a", "partner-b", "partner-c", "partner-d"));

            String atA = Releases.approvedUnderConsent("partner-a", subject, consentId);
            String atCRelease = Releases.approvedUnderConsent("partner-c", subject, consentId);
            String atDRelease = Releases.approvedUnderConsent("partner-d", subject, consentId);

            // P7.1: each recipient knows the person by its own pseudonym; every fetch is recorded
            String pseudonymAtA = Releases.fetch("partner-a", atA).then().statusCode(200)
                    .body("subjectRef", startsWith("psn-")).body("records[0].experience.theme", equalTo("discharge"))
                    .extract().path("subjectRef");
            String pseudonymAtC = Releases.fetch("partner-c", atCRelease).then().statusCode(200).extract().path("subjectRef");
            assertThat(pseudonymAtA).isNotEqualTo(pseudonymAtC).doesNotContain(subject);
            // the partners' fetches (staff views of the person are recorded too, P6.1, under other resources)
            assertThat(accessed.await(r -> subject.equals(r.key()) && codec.data(codec.deserialize(r.value()),
                    org.infoshare.events.access.PersonalDataAccessed.class).resource().startsWith("release/"),
                    2, PATIENCE)).hasSize(2);

            // P10.1: partner-a asks to pass its release on to partner-b; the DPO consents
            String onward = Releases.partner("partner-a").body(Map.of("recipientPartnerId", "partner-b",
                            "purpose", Fixtures.PURPOSE, "justification", "The pharmacy runs the discharge medicines service"))
                    .post("/api/v1/partner/releases/" + atA + "/onward-requests").then().statusCode(201)
                    .body("status", equalTo("AWAITING_DPO")).extract().path("id");
            String child = Fixtures.dpo().body(Map.of("approve", true,
                            "justification", "Prior written consent: the pharmacy needs the theme to follow up"))
                    .post("/api/v1/onward-requests/" + onward + "/decision").then().statusCode(200)
                    .body("status", equalTo("APPROVED")).extract().path("childReleaseId");
            Releases.release(child).then().body("parentReleaseId", equalTo(atA)).body("partnerId", equalTo("partner-b"));
            String pseudonymAtB = Releases.fetch("partner-b", child).then().statusCode(200)
                    .body("parentReleaseId", equalTo(atA)).extract().path("subjectRef");
            assertThat(pseudonymAtB).isNotEqualTo(pseudonymAtA);
            assertThat(events(sharing, subject, org.infoshare.events.sharing.ShareReleased.class, 4))
                    .as("share-released for three releases and the onward child").hasSize(4);

            // the withdrawal, redelivered twice and then sent again under a new event id
            ConsentWithdrawn withdrawn = withdrawal(consentId, subject, true, List.of());
            byte[] once = consentEvents.send(withdrawn);
            consentEvents.sendRaw(subject, once);
            consentEvents.sendRaw(subject, once);
            consentEvents.send(withdrawn);

            List<String> all = List.of(atA, atCRelease, atDRelease, child);
            await().atMost(PATIENCE).untilAsserted(() -> all.forEach(id ->
                    Releases.release(id).then().body("status", equalTo("WITHDRAWN"))));
            List<RecipientNotified> notified = events(sharing, subject, RecipientNotified.class, 4);
            assertThat(notified).as("one recipient-notified per recipient record, whatever the redeliveries").hasSize(4);
            assertThat(notified).extracting(RecipientNotified::releaseId).extracting(UUID::toString)
                    .containsExactlyInAnyOrderElementsOf(all);
            Map<String, String> notificationOf = notified.stream().collect(Collectors.toMap(
                    n -> n.releaseId().toString(), n -> n.notificationId().toString()));
            all.forEach(id -> Fixtures.as("dpo").queryParam("releaseId", id).get("/api/v1/recipient-notifications")
                    .then().body("total", equalTo(1)));

            // fetching is over (P6.8), for the onward child too
            assertProblem(Releases.fetch("partner-a", atA), 410, "gone");
            assertProblem(Releases.fetch("partner-b", child), 410, "gone");

            // webhooks: signed, retried with backoff past two failures, delivered once accepted
            await().atMost(PATIENCE).untilAsserted(() -> {
                assertThat(flaky.deliveries()).extracting(WebhookReceiver.Delivery::answered).containsExactly(503, 503, 204);
                assertThat(atC.deliveries()).extracting(WebhookReceiver.Delivery::answered).containsExactly(204);
                assertThat(atD.deliveries()).extracting(WebhookReceiver.Delivery::answered).containsExactly(204);
            });
            assertThat(flaky.deliveries()).allMatch(WebhookReceiver.Delivery::signatureValid)
                    .extracting(WebhookReceiver.Delivery::attempt).containsExactly("1", "2", "3");
            assertThat(flaky.deliveries().get(2).body()).contains(pseudonymAtA).doesNotContain(subject);
            // the body partners integrate against: events' WithdrawalNotice schema, every attempt
            assertThat(Stream.of(flaky.deliveries(), atC.deliveries(), atD.deliveries()).flatMap(List::stream))
                    .allSatisfy(sent -> assertThat(JsonSchemas.errors(WithdrawalNotice.SCHEMA, sent.body()))
                            .as(sent.body()).isEmpty());
            Fixtures.as("dpo").queryParam("releaseId", atA).get("/api/v1/recipient-notifications").then()
                    .body("items[0].deliveryState", equalTo("DELIVERED")).body("items[0].attempts", equalTo(3));
            Fixtures.as("dpo").queryParam("releaseId", child).get("/api/v1/recipient-notifications").then()
                    .body("items[0].deliveryState", equalTo("POLL_ONLY"));

            // the onward recipient polls
            List<String> polled = Releases.partner("partner-b").queryParam("open", true).queryParam("size", 200)
                    .get("/api/v1/partner/notifications").then().statusCode(200).extract().path("items.id");
            assertThat(polled).contains(notificationOf.get(child));

            // unanswered notifications escalate after the configured time
            assertThat(VertxContextSupport.subscribeAndAwait(
                    () -> notificationService.escalateOverdue(Instant.now().plus(Duration.ofDays(6)))))
                    .isGreaterThanOrEqualTo(4);
            List<String> escalated = Fixtures.as("dpo").queryParam("escalated", true).queryParam("open", true)
                    .queryParam("size", 200).get("/api/v1/recipient-notifications").then().extract().path("items.id");
            assertThat(escalated).containsAll(notificationOf.values());

            // answers: ceased, or continuing under a named condition with a justification; once each
            String answerA = "/api/v1/partner/notifications/" + notificationOf.get(atA) + "/answer";
            Releases.partner("partner-a").body(Map.of("response", "CEASED_DELETED")).post(answerA).then()
                    .statusCode(200).body("response", equalTo("CEASED_DELETED"));
            assertProblem(Releases.partner("partner-a").body(Map.of("response", "CEASED_RETURNED")).post(answerA),
                    409, "conflict");
            String answerC = "/api/v1/partner/notifications/" + notificationOf.get(atCRelease) + "/answer";
            assertProblem(Releases.partner("partner-c").body(Map.of("response", "CONTINUING")).post(answerC),
                    422, "unprocessable");
            Releases.partner("partner-c").body(Map.of("response", "CONTINUING", "lawfulBasis", "C",
                            "justification", "The coroner's order requires the trust to keep the record"))
                    .post(answerC).then().statusCode(200).body("lawfulCondition", equalTo("Art6(1)(c)"))
                    .body("lawfulBasis", equalTo("C"));
            Releases.partner("partner-d").body(Map.of("response", "CEASED_RETURNED"))
                    .post("/api/v1/partner/notifications/" + notificationOf.get(atDRelease) + "/answer").then().statusCode(200);
            Releases.partner("partner-b").body(Map.of("response", "CEASED_DELETED"))
                    .post("/api/v1/partner/notifications/" + notificationOf.get(child) + "/answer").then().statusCode(200);
            List<RecipientAcknowledged> answers = events(sharing, subject, RecipientAcknowledged.class, 4);
            assertThat(answers).extracting(RecipientAcknowledged::response).containsExactlyInAnyOrder(
                    RecipientResponse.CEASED_DELETED, RecipientResponse.CONTINUING, RecipientResponse.CEASED_RETURNED,
                    RecipientResponse.CEASED_DELETED);
            assertThat(answers).filteredOn(a -> a.response() == RecipientResponse.CONTINUING)
                    .extracting(RecipientAcknowledged::lawfulBasis).containsExactly(LawfulBasis.C);

            // the latency from withdrawal to each record marked is a histogram
            String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).contains("infoshare_withdrawal_propagation_latency_seconds_bucket")
                    .containsPattern("infoshare_withdrawal_propagation_latency_seconds_count\\S* [1-9]");
        }
    }

    @Test
    @DisplayName("P6.8 a partial withdrawal touches only the releases in its scope")
    void partialWithdrawalTouchesOnlyItsScope() {
        String subject = "subj-" + UUID.randomUUID();
        try (ConsentEvents consentEvents = new ConsentEvents()) {
            Releases.provider("partner-c", null);
            Releases.provider("partner-d", null);
            UUID consentId = consent(consentEvents, subject, List.of("partner-c", "partner-d"));
            String atC = Releases.approvedUnderConsent("partner-c", subject, consentId);
            String atD = Releases.approvedUnderConsent("partner-d", subject, consentId);

            consentEvents.send(withdrawal(consentId, subject, false, List.of("partner-c")));
            await().atMost(PATIENCE).untilAsserted(() -> Releases.release(atC).then().body("status", equalTo("WITHDRAWN")));
            Releases.release(atD).then().body("status", equalTo("RELEASED"));
            Releases.fetch("partner-d", atD).then().statusCode(200);
            assertProblem(Releases.fetch("partner-c", atC), 410, "gone");
            Fixtures.as("dpo").queryParam("releaseId", atD).get("/api/v1/recipient-notifications").then()
                    .body("total", equalTo(0));
            Fixtures.as("dpo").queryParam("releaseId", atC).get("/api/v1/recipient-notifications").then()
                    .body("total", equalTo(1)).body("items[0].deliveryState", equalTo("POLL_ONLY"));
        }
    }

    @Test
    @DisplayName("P6.8 P10.1 a partner never reads or answers another partner's releases, onward requests or notifications")
    void partnersAreIsolated() {
        String subject = "subj-" + UUID.randomUUID();
        try (ConsentEvents consentEvents = new ConsentEvents()) {
            Releases.provider("partner-c", null);
            Releases.provider("partner-d", null);
            UUID consentId = consent(consentEvents, subject, List.of("partner-c", "partner-d"));
            String atC = Releases.approvedUnderConsent("partner-c", subject, consentId);
            String onward = Releases.partner("partner-c").body(Map.of("recipientPartnerId", "partner-d",
                            "purpose", Fixtures.PURPOSE, "justification", "Joint review of the discharge pathway"))
                    .post("/api/v1/partner/releases/" + atC + "/onward-requests").then().statusCode(201)
                    .extract().path("id");
            consentEvents.send(withdrawal(consentId, subject, true, List.of()));
            await().atMost(PATIENCE).untilAsserted(() -> Releases.release(atC).then().body("status", equalTo("WITHDRAWN")));
            String notification = Fixtures.as("dpo").queryParam("releaseId", atC).get("/api/v1/recipient-notifications")
                    .then().extract().path("items[0].id");

            assertProblem(Releases.fetch("partner-d", atC), 404, "not-found");
            assertProblem(Releases.partner("partner-d").body(Map.of("recipientPartnerId", "partner-a",
                            "purpose", Fixtures.PURPOSE, "justification", "Trying to pass on someone else's release"))
                    .post("/api/v1/partner/releases/" + atC + "/onward-requests"), 404, "not-found");
            assertProblem(Releases.partner("partner-d").get("/api/v1/partner/onward-requests/" + onward), 404, "not-found");
            assertProblem(Releases.partner("partner-d").get("/api/v1/partner/notifications/" + notification), 404, "not-found");
            assertProblem(Releases.partner("partner-d").body(Map.of("response", "CEASED_DELETED"))
                    .post("/api/v1/partner/notifications/" + notification + "/answer"), 404, "not-found");
            assertThat(Releases.partner("partner-d").queryParam("size", 200).get("/api/v1/partner/releases").then()
                    .extract().<List<String>>path("items.id")).doesNotContain(atC);
            assertThat(Releases.partner("partner-d").queryParam("size", 200).get("/api/v1/partner/notifications").then()
                    .extract().<List<String>>path("items.id")).doesNotContain(notification);
            assertThat(Releases.partner("partner-d").queryParam("size", 200).get("/api/v1/partner/onward-requests")
                    .then().extract().<List<String>>path("items.id")).doesNotContain(onward);
            // the owner's answer still stands open: nothing above changed it
            Releases.partner("partner-c").get("/api/v1/partner/notifications/" + notification).then()
                    .statusCode(200).body("response", equalTo(null));
            // and the onward request on a withdrawn release can no longer be approved (P10.1; the consent is gone, P6.2a)
            var refused = Fixtures.dpo().body(Map.of("approve", true, "justification", "x".repeat(30)))
                    .post("/api/v1/onward-requests/" + onward + "/decision");
            assertProblem(refused, 422, "unprocessable");
            assertThat(refused.jsonPath().getList("rules", String.class)).contains("P10.1", "P6.2a");
        }
    }
}
