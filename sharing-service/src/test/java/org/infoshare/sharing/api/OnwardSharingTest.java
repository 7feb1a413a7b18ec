package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventCodec;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.events.sharing.ShareReleased;
import org.infoshare.events.vocabulary.ContactChannel;
import org.infoshare.testing.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P10.1 against the real database, broker and Keycloak: an onward share passes every rule an
 * original share passes, for its own recipient and purpose, and the DPO's prior written consent on
 * top. A refusal is a 422 naming the rules; nothing is stored, released or announced.
 */
@QuarkusTest
class OnwardSharingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String JUSTIFICATION = "The recipient runs the follow-up service this person was referred to";
    private final EventCodec codec = new EventCodec();

    /** A consent covering these partners, last confirmed {@code daysAgo} days ago, as sharing-service projects it. */
    private static UUID consent(ConsentEvents events, String subject, List<String> partners, int daysAgo) {
        UUID consentId = UUID.randomUUID();
        events.send(ConsentEvents.given(consentId, subject, List.of(Fixtures.PURPOSE), partners,
                Instant.now().minus(Duration.ofDays(daysAgo))));
        ConsentEvents.awaitVersion(consentId, 1);
        return consentId;
    }

    private static Response askOnward(String holder, String releaseId, String recipient) {
        return Releases.partner(holder).body(Map.of("recipientPartnerId", recipient, "purpose", Fixtures.PURPOSE,
                "justification", JUSTIFICATION)).post("/api/v1/partner/releases/" + releaseId + "/onward-requests");
    }

    private static Response dpoApproves(String onwardId) {
        return Fixtures.dpo().body(Map.of("approve", true,
                        "justification", "Prior written consent: the recipient needs the theme to follow up"))
                .post("/api/v1/onward-requests/" + onwardId + "/decision");
    }

    /** A 422 naming exactly these rules, each explained in the detail. */
    private static void assertRefusedBy(Response response, String... rules) {
        assertProblem(response, 422, "unprocessable");
        assertThat(response.jsonPath().getList("rules", String.class)).containsExactly(rules);
        for (String rule : rules) {
            assertThat(response.jsonPath().getString("detail")).contains(rule + " ");
        }
    }

    /** Nothing was stored: no onward request of the release, for the holder or in the DPO's queue. */
    private static void assertNoOnwardRequest(String holder, String releaseId) {
        List<String> own = Releases.partner(holder).queryParam("size", 200).get("/api/v1/partner/onward-requests")
                .then().statusCode(200).extract().path("items.releaseId");
        assertThat(own).doesNotContain(releaseId);
        List<String> queue = Fixtures.dpo().queryParam("status", "AWAITING_DPO").queryParam("size", 200)
                .get("/api/v1/onward-requests").then().statusCode(200).extract().path("items.releaseId");
        assertThat(queue).doesNotContain(releaseId);
    }

    /** Nothing was released: no child of the release at the recipient. */
    private static void assertNoChild(String recipient, String releaseId) {
        List<String> parents = Fixtures.as("staff").queryParam("partnerId", recipient).queryParam("size", 200)
                .get("/api/v1/releases").then().statusCode(200).extract().path("items.parentReleaseId");
        assertThat(parents).doesNotContain(releaseId);
    }

    private List<org.infoshare.events.DomainEvent> eventsOf(TopicReader reader, String subject, int count) {
        java.util.function.Predicate<ConsumerRecord<String, byte[]>> ofSubject = r -> subject.equals(r.key());
        return reader.await(ofSubject, count, PATIENCE).stream()
                .map(r -> codec.data(codec.deserialize(r.value()))).toList();
    }

    @Test
    @DisplayName("P10.1 P6.2a an onward share to a recipient the consent does not name is refused with 422 P6.2a: "
            + "nothing stored, released or announced; one to a recipient it names is released with the DPO's consent")
    void recipientOutsideTheConsentIsRefused() {
        String subject = "subj-" + UUID.randomUUID();
        try (ConsentEvents consentEvents = new ConsentEvents();
             TopicReader sharing = new TopicReader("test.sharing-events")) {
            Releases.provider("partner-a", null);
            Releases.provider("partner-c", null);
            Releases.provider("partner-d", null); // governed by an agreed protocol, but not named by the consent
            UUID consentId = consent(consentEvents, subject, List.of("partner-a", "partner-c"), 1);
            String atA = Releases.approvedUnderConsent("partner-a", subject, consentId);
            String pseudonymAtA = Releases.fetch("partner-a", atA).then().statusCode(200).extract().path("subjectRef");

            assertRefusedBy(askOnward("partner-a", atA, "partner-d"), "P6.2a");
            assertNoOnwardRequest("partner-a", atA);
            assertNoChild("partner-d", atA);

            // the consent names partner-c: the onward share waits for the DPO, whose consent releases a child
            String onward = askOnward("partner-a", atA, "partner-c").then().statusCode(201)
                    .body("status", equalTo("AWAITING_DPO")).extract().path("id");
            String child = dpoApproves(onward).then().statusCode(200).body("status", equalTo("APPROVED"))
                    .extract().path("childReleaseId");
            Releases.release(child).then().statusCode(200).body("parentReleaseId", equalTo(atA))
                    .body("partnerId", equalTo("partner-c")).body("purposes", equalTo(List.of(Fixtures.PURPOSE)))
                    .body("dataCategories", equalTo(List.of("experience")));
            String pseudonymAtC = Releases.fetch("partner-c", child).then().statusCode(200)
                    .body("subjectRef", startsWith("psn-")).extract().path("subjectRef");
            assertThat(pseudonymAtC).as("P7.1 the onward recipient's own pseudonym").isNotEqualTo(pseudonymAtA)
                    .doesNotContain(subject);

            // the subject's events, in order on its partition: the share, its release and its first
            // fetch (P11.1), the onward request (X1), then the child's release with the DPO's decision
            // (X1) and the child's first fetch, and nothing between, so the refused onward share
            // announced nothing
            List<org.infoshare.events.DomainEvent> events = eventsOf(sharing, subject, 8);
            assertThat(events).hasSize(8);
            assertThat(events.get(2)).isInstanceOf(ShareReleased.class);
            assertThat(((ShareReleased) events.get(2)).releaseId()).hasToString(atA);
            assertThat(events.get(3)).isInstanceOf(org.infoshare.events.sharing.ReleaseDelivered.class);
            assertThat(((org.infoshare.events.sharing.ReleaseDelivered) events.get(3)).releaseId()).hasToString(atA);
            assertThat(events.get(4)).isInstanceOfSatisfying(org.infoshare.events.sharing.OnwardShareRequested.class,
                    asked -> assertThat(asked.recipientPartnerId()).isEqualTo("partner-c"));
            ShareReleased released = (ShareReleased) events.get(5);
            assertThat(released.releaseId()).hasToString(child);
            assertThat(released.parentReleaseId()).hasToString(atA);
            assertThat(released.partnerId()).isEqualTo("partner-c");
            assertThat(events.get(6)).isInstanceOfSatisfying(org.infoshare.events.sharing.OnwardShareDecided.class,
                    decided -> {
                        assertThat(decided.approved()).isTrue();
                        assertThat(decided.childReleaseId()).hasToString(child);
                        assertThat(decided.onwardRequestId()).hasToString(onward);
                    });
            assertThat(events.get(7)).isInstanceOf(org.infoshare.events.sharing.ReleaseDelivered.class);
            assertThat(((org.infoshare.events.sharing.ReleaseDelivered) events.get(7)).releaseId()).hasToString(child);
        }
    }

    @Test
    @DisplayName("P10.1 P1.3 an onward share to a pharmacy that has not acknowledged the current guidance is refused "
            + "with 422 P1.3 although the consent names it; once acknowledged it goes to the DPO")
    void pharmacyWithoutAcknowledgedGuidanceIsRefused() {
        String subject = "subj-" + UUID.randomUUID();
        try (ConsentEvents consentEvents = new ConsentEvents()) {
            Releases.provider("partner-a", null);
            Fixtures.partnerB();
            String note = Fixtures.publishGuidance("PHARMACY"); // a new version: partner-b has not acknowledged it
            UUID consentId = consent(consentEvents, subject, List.of("partner-a", "partner-b"), 1);
            String atA = Releases.approvedUnderConsent("partner-a", subject, consentId);

            assertRefusedBy(askOnward("partner-a", atA, "partner-b"), "P1.3", "P6.2b");
            assertNoOnwardRequest("partner-a", atA);
            assertNoChild("partner-b", atA);

            Fixtures.acknowledge("partner-b", note).then().statusCode(201);
            askOnward("partner-a", atA, "partner-b").then().statusCode(201).body("status", equalTo("AWAITING_DPO"))
                    .body("recipientPartnerId", equalTo("partner-b"));
        }
    }

    @Test
    @DisplayName("P10.1 P9.1 an onward share of categories the recipient's protocol does not allow for the purpose is refused with 422 P9.1")
    void categoriesTheRecipientMayNotHaveAreRefused() {
        String subject = "subj-" + UUID.randomUUID();
        try (ConsentEvents consentEvents = new ConsentEvents()) {
            Releases.provider("partner-a", null);
            String narrow = Fixtures.randomId("trust");
            Fixtures.ensure(Fixtures.partner(narrow, "SERVICE_PROVIDER", null));
            Map<String, Object> protocol = Fixtures.protocol(narrow, Fixtures.PURPOSE);
            protocol.put("dataCategories", List.of("service-used"));
            String id = Fixtures.dpo().body(protocol).post("/api/v1/protocols").then().statusCode(201).extract().path("id");
            Fixtures.dpo().body(Map.of("status", "AGREED")).post("/api/v1/protocols/" + id + "/status").then().statusCode(200);
            Fixtures.attested(id, narrow);
            UUID consentId = consent(consentEvents, subject, List.of("partner-a", narrow), 1);
            String atA = Releases.approvedUnderConsent("partner-a", subject, consentId); // carries "experience"

            assertRefusedBy(askOnward("partner-a", atA, narrow), "P9.1");
            assertNoOnwardRequest("partner-a", atA);
            assertNoChild(narrow, atA);
        }
    }

    @Test
    @DisplayName("P10.1 P6.7 an onward share under a consent stale by the recipient's own threshold is stopped with 422 P6.7")
    void staleForTheRecipientIsStopped() {
        String subject = "subj-" + UUID.randomUUID();
        try (ConsentEvents consentEvents = new ConsentEvents()) {
            Releases.provider("partner-a", null); // re-confirmation after 180 days
            String strict = Fixtures.randomId("trust");
            Fixtures.ensure(Fixtures.partner(strict, "SERVICE_PROVIDER", null));
            Fixtures.agreedProtocol(strict, Fixtures.PURPOSE, 30);
            UUID consentId = consent(consentEvents, subject, List.of("partner-a", strict), 60);
            String atA = Releases.approvedUnderConsent("partner-a", subject, consentId);

            Response stopped = askOnward("partner-a", atA, strict);
            assertRefusedBy(stopped, "P6.7");
            assertThat(stopped.jsonPath().getString("detail")).contains("re-confirm");
            assertNoOnwardRequest("partner-a", atA);
            assertNoChild(strict, atA);
        }
    }

    @Test
    @DisplayName("P10.1 the partner that asked sees the DPO's decision and justification but not which member of staff decided; "
            + "staff see who did")
    void partnerViewShowsNoStaffIds() {
        String subject = "subj-" + UUID.randomUUID();
        try (ConsentEvents consentEvents = new ConsentEvents()) {
            Releases.provider("partner-a", null);
            Releases.provider("partner-c", null);
            UUID consentId = consent(consentEvents, subject, List.of("partner-a", "partner-c"), 1);
            String atA = Releases.approvedUnderConsent("partner-a", subject, consentId);
            String onward = askOnward("partner-a", atA, "partner-c").then().statusCode(201)
                    .body("$", not(hasKey("decidedBy"))).extract().path("id");
            dpoApproves(onward).then().statusCode(200);

            Map<String, Object> partnerView = Releases.partner("partner-a").get("/api/v1/partner/onward-requests/" + onward)
                    .then().statusCode(200).extract().jsonPath().getMap("$");
            assertThat(partnerView).doesNotContainKey("decidedBy").containsKey("dpoJustification")
                    .containsEntry("status", "APPROVED");
            List<Map<String, Object>> staffView = Fixtures.dpo().queryParam("size", 200).get("/api/v1/onward-requests")
                    .then().statusCode(200).extract().jsonPath().getList("items");
            assertThat(staffView).filteredOn(item -> onward.equals(item.get("id")))
                    .singleElement().satisfies(item -> assertThat(item.get("decidedBy")).isNotNull());
        }
    }

    @Test
    @DisplayName("P10.1 P6.2a the DPO's consent decides the onward share again: a recipient withdrawn from the consent "
            + "since it was asked is refused with 422 P6.2a and gets no child")
    void decisionChecksEveryRuleAgain() {
        String subject = "subj-" + UUID.randomUUID();
        try (ConsentEvents consentEvents = new ConsentEvents()) {
            Releases.provider("partner-a", null);
            Releases.provider("partner-c", null);
            UUID consentId = consent(consentEvents, subject, List.of("partner-a", "partner-c"), 1);
            String atA = Releases.approvedUnderConsent("partner-a", subject, consentId);
            String onward = askOnward("partner-a", atA, "partner-c").then().statusCode(201).extract().path("id");

            // the person takes partner-c out of their consent; partner-a's release stays live
            consentEvents.send(new ConsentWithdrawn(consentId, subject, 2, false, List.of(), List.of("partner-c"),
                    List.of(), ContactChannel.PHONE, "staff-1", Instant.now()));
            ConsentEvents.awaitVersion(consentId, 2);
            Releases.release(atA).then().body("status", equalTo("RELEASED"));

            assertRefusedBy(dpoApproves(onward), "P6.2a");
            Releases.partner("partner-a").get("/api/v1/partner/onward-requests/" + onward).then().statusCode(200)
                    .body("status", equalTo("AWAITING_DPO")).body("childReleaseId", equalTo(null));
            assertNoChild("partner-c", atA);
        }
    }
}
