package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventCodec;
import org.infoshare.events.sharing.ShareDecided;
import org.infoshare.events.sharing.ShareReleased;
import org.infoshare.events.sharing.ShareRequested;
import org.infoshare.events.consent.ConsentReconfirmed;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.events.vocabulary.CaptureChannel;
import org.infoshare.events.vocabulary.ContactChannel;
import org.infoshare.events.vocabulary.ShareOutcome;
import org.infoshare.testing.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.infoshare.sharing.api.Fixtures.as;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** Share requests decided against the real database and broker, consent known only from consent-events. */
@QuarkusTest
class ShareDecisionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final EventCodec codec = new EventCodec();

    private UUID consent(ConsentEvents events, String subjectId, List<String> partners, int daysAgo) {
        UUID consentId = UUID.randomUUID();
        events.send(ConsentEvents.given(consentId, subjectId, List.of(Fixtures.PURPOSE), partners,
                Instant.now().minus(daysAgo, ChronoUnit.DAYS)));
        ConsentEvents.awaitVersion(consentId, 1);
        return consentId;
    }

    private List<ShareDecided> decisions(TopicReader reader, String key, int count) {
        reader.await(r -> key.equals(r.key()), count + 1, PATIENCE);
        return reader.drain(r -> key.equals(r.key()), Duration.ofMillis(500)).stream()
                .map(ConsumerRecord::value).map(codec::deserialize)
                .filter(e -> e.getType().contains("share-decided")).map(e -> codec.data(e, ShareDecided.class)).toList();
    }

    @Test
    @DisplayName("P1.4 non-personal data to a partner with an agreed protocol is approved and announced as share-requested then share-decided, keyed by partner")
    void aggregateApprovedAndAnnounced() {
        String partner = ShareRequests.provider();
        try (TopicReader reader = new TopicReader("test.sharing-events")) {
            String id = ShareRequests.post(ShareRequests.aggregate(partner)).then().statusCode(201)
                    .body("outcome", equalTo("APPROVED"))
                    .body("reasons", equalTo(List.of("P1.4", "P2.1", "P1.2", "P5.1", "P8.1", "P11.1", "P9.1")))
                    .body("decidedBy", equalTo("sharing-service")).extract().path("id");
            // the share's own events (the partner's registration and protocol, X1, share the key)
            var records = reader.await(r -> partner.equals(r.key())
                    && codec.deserialize(r.value()).getType().startsWith("org.infoshare.share-"), 3, PATIENCE);
            assertThat(records).hasSize(3);
            ShareRequested requested = codec.data(codec.deserialize(records.get(0).value()), ShareRequested.class);
            ShareDecided decided = codec.data(codec.deserialize(records.get(1).value()), ShareDecided.class);
            ShareReleased released = codec.data(codec.deserialize(records.get(2).value()), ShareReleased.class);
            assertThat(released.shareRequestId()).hasToString(id);
            assertThat(released.partnerId()).isEqualTo(partner);
            assertThat(requested.shareRequestId()).hasToString(id);
            assertThat(requested.subjectId()).isNull();
            assertThat(decided.outcome()).isEqualTo(ShareOutcome.APPROVED);
            assertThat(decided.reasons()).containsExactly("P1.4", "P2.1", "P1.2", "P5.1", "P8.1", "P11.1", "P9.1");
        }
    }

    @Test
    @DisplayName("P1.2 no regular flow to a registered partner without an agreed protocol: refused, with its rule id")
    void noProtocolRefused() {
        String partner = Fixtures.randomId("commissioner");
        Fixtures.ensure(Fixtures.partner(partner, "COMMISSIONER", null));
        ShareRequests.post(ShareRequests.aggregate(partner)).then().statusCode(201)
                .body("outcome", equalTo("REFUSED")).body("reasons", equalTo(List.of("P1.2")));
    }

    @Test
    @DisplayName("P2.1 a legal-duty share without the reference of the duty (the court order) is refused, with its rule id, and nothing is released")
    void legalDutyWithoutReferenceRefused() {
        String partner = ShareRequests.provider();
        Map<String, Object> body = ShareRequests.underConsent(partner, "subj-" + UUID.randomUUID(), UUID.randomUUID());
        body.remove("consentId");
        body.put("basis", "LEGAL_DUTY");
        body.put("lawfulBasis", "C");
        body.remove("legalReference");
        int releasedBefore = releasesTo(partner);

        List<String> findings = ShareRequests.post(body).then().statusCode(201)
                .body("outcome", equalTo("REFUSED")).body("reasons", equalTo(List.of("P2.1")))
                .extract().jsonPath().getList("findings", String.class);

        assertThat(findings).anySatisfy(finding -> assertThat(finding).contains("a legal duty names its reference"));
        assertThat(releasesTo(partner)).isEqualTo(releasedBefore);
    }

    private static int releasesTo(String partner) {
        return as("dpo").queryParam("partnerId", partner).get("/api/v1/releases")
                .then().statusCode(200).extract().path("total");
    }

    @Test
    @DisplayName("P9.1 categories the protocol does not allow for the purpose are refused")
    void excessCategoriesRefused() {
        Map<String, Object> body = ShareRequests.aggregate(ShareRequests.provider());
        body.put("dataCategories", List.of("experience", "medication"));
        ShareRequests.post(body).then().statusCode(201).body("outcome", equalTo("REFUSED"))
                .body("reasons", equalTo(List.of("P9.1")));
    }

    @Test
    @DisplayName("P6.2 a pseudonymised share under a live consent that covers it is approved")
    void consentShareApproved() {
        String partner = ShareRequests.provider();
        String subjectId = "subj-" + UUID.randomUUID();
        try (ConsentEvents events = new ConsentEvents()) {
            UUID consentId = consent(events, subjectId, List.of(partner), 10);
            ShareRequests.post(ShareRequests.underConsent(partner, subjectId, consentId)).then().statusCode(201)
                    .body("outcome", equalTo("APPROVED")).body("subjectId", equalTo(subjectId))
                    .body("identifiable", equalTo(false));
        }
    }

    @Test
    @DisplayName("P6.8 after a partial withdrawal of one recipient, a share to that recipient is refused under P6.2a")
    void partialWithdrawalRefuses() {
        String partner = ShareRequests.provider();
        String other = ShareRequests.provider();
        String subjectId = "subj-" + UUID.randomUUID();
        try (ConsentEvents events = new ConsentEvents()) {
            UUID consentId = consent(events, subjectId, List.of(partner, other), 10);
            events.send(new ConsentWithdrawn(consentId, subjectId, 2, false, List.of(), List.of(partner), List.of(),
                    ContactChannel.LETTER, "staff-1", Instant.now()));
            ConsentEvents.awaitVersion(consentId, 2);
            ShareRequests.post(ShareRequests.underConsent(partner, subjectId, consentId)).then()
                    .body("outcome", equalTo("REFUSED")).body("reasons", equalTo(List.of("P6.2a")));
            ShareRequests.post(ShareRequests.underConsent(other, subjectId, consentId)).then()
                    .body("outcome", equalTo("APPROVED"));
        }
    }

    @Test
    @DisplayName("P6.7 a share under consent older than the protocol's threshold is held and announced; consent-reconfirmed lets it proceed by itself")
    void staleConsentHeldThenProceeds() {
        String partner = ShareRequests.provider();
        String subjectId = "subj-" + UUID.randomUUID();
        try (ConsentEvents events = new ConsentEvents(); TopicReader reader = new TopicReader("test.sharing-events")) {
            UUID consentId = consent(events, subjectId, List.of(partner), 200);
            String id = ShareRequests.post(ShareRequests.underConsent(partner, subjectId, consentId)).then()
                    .statusCode(201).body("outcome", equalTo("HELD_STALE_CONSENT"))
                    .body("reasons", equalTo(List.of("P6.7"))).extract().path("id");
            assertThat(decisions(reader, subjectId, 1)).singleElement().satisfies(d -> {
                assertThat(d.outcome()).isEqualTo(ShareOutcome.HELD_STALE_CONSENT);
                assertThat(d.consentId()).isEqualTo(consentId);
            });

            events.send(new ConsentReconfirmed(consentId, subjectId, 2, CaptureChannel.VERBAL, "staff-1", Instant.now()));
            await().atMost(PATIENCE).untilAsserted(() -> ShareRequests.get(id).then().body("outcome", equalTo("APPROVED")));
            List<ShareDecided> all = decisions(reader, subjectId, 2);
            assertThat(all).extracting(ShareDecided::outcome)
                    .containsExactly(ShareOutcome.HELD_STALE_CONSENT, ShareOutcome.APPROVED);
        }
    }

    @Test
    @DisplayName("P6.8 a withdrawal refuses the shares still pending under the consent, held or awaiting the DPO, and announces it; an unaffected one stays")
    void withdrawalRefusesPendingShares() {
        String partner = ShareRequests.provider();
        String other = ShareRequests.provider();
        String subjectId = "subj-" + UUID.randomUUID();
        try (ConsentEvents events = new ConsentEvents(); TopicReader reader = new TopicReader("test.sharing-events")) {
            UUID consentId = consent(events, subjectId, List.of(partner, other), 200);
            String held = ShareRequests.post(ShareRequests.underConsent(partner, subjectId, consentId)).then()
                    .body("outcome", equalTo("HELD_STALE_CONSENT")).extract().path("id");
            String heldOther = ShareRequests.post(ShareRequests.underConsent(other, subjectId, consentId)).then()
                    .body("outcome", equalTo("HELD_STALE_CONSENT")).extract().path("id");
            events.send(new ConsentReconfirmed(consentId, subjectId, 2, CaptureChannel.WRITTEN, "staff-1", Instant.now()));
            await().atMost(PATIENCE).untilAsserted(() -> ShareRequests.get(held).then().body("outcome", equalTo("APPROVED")));
            Map<String, Object> identifiable = ShareRequests.underConsent(partner, subjectId, consentId);
            identifiable.put("identifiable", true);
            identifiable.put("identifiableReason", "The ward must contact the person to put things right");
            String awaiting = ShareRequests.post(identifiable).then().body("outcome", equalTo("AWAITING_DPO"))
                    .extract().path("id");

            events.send(new ConsentWithdrawn(consentId, subjectId, 3, false, List.of(), List.of(partner), List.of(),
                    ContactChannel.PHONE, "staff-1", Instant.now()));
            await().atMost(PATIENCE).untilAsserted(() -> ShareRequests.get(awaiting).then()
                    .body("outcome", equalTo("REFUSED")).body("reasons", equalTo(List.of("P6.2a"))));
            ShareRequests.get(heldOther).then().body("outcome", equalTo("APPROVED"));
            assertThat(decisions(reader, subjectId, 6)).extracting(ShareDecided::shareRequestId).map(UUID::toString)
                    .containsExactly(held, heldOther, held, heldOther, awaiting, awaiting);
        }
    }

    @Test
    @DisplayName("P2.1 a non-consent basis for personal data awaits the DPO, who approves with a written justification; a second decision is refused")
    void nonConsentBasisAwaitsDpo() {
        String partner = ShareRequests.provider();
        Map<String, Object> body = ShareRequests.underConsent(partner, "subj-" + UUID.randomUUID(), UUID.randomUUID());
        body.remove("consentId");
        body.put("basis", "SERIOUS_HARM");
        body.put("lawfulBasis", "D");
        String id = ShareRequests.post(body).then().statusCode(201).body("outcome", equalTo("AWAITING_DPO"))
                .body("reasons", equalTo(List.of("P2.1"))).extract().path("id");
        as("dpo").get("/api/v1/share-requests?outcome=AWAITING_DPO&size=200").then()
                .body("items.id", org.hamcrest.Matchers.hasItem(id));

        String justification = "Risk of serious harm to the person from continued neglect at the home";
        as("dpo").body(Map.of("approve", true, "justification", justification))
                .post("/api/v1/share-requests/" + id + "/dpo-decision").then().statusCode(200)
                .body("outcome", equalTo("APPROVED")).body("dpoJustification", equalTo(justification))
                .body("decidedBy", not(equalTo("sharing-service"))).body("decidedBy", notNullValue());
        assertProblem(as("dpo").body(Map.of("approve", false, "justification", justification))
                .post("/api/v1/share-requests/" + id + "/dpo-decision"), 409, "conflict");
    }

    @Test
    @DisplayName("P6.3 identifiable data needs a reason and awaits the DPO, who may refuse it; without a reason it is refused")
    void identifiableAwaitsDpo() {
        String partner = ShareRequests.provider();
        String subjectId = "subj-" + UUID.randomUUID();
        try (ConsentEvents events = new ConsentEvents()) {
            UUID consentId = consent(events, subjectId, List.of(partner), 10);
            Map<String, Object> body = ShareRequests.underConsent(partner, subjectId, consentId);
            body.put("identifiable", true);
            ShareRequests.post(body).then().body("outcome", equalTo("REFUSED")).body("reasons", equalTo(List.of("P6.3")));
            body.put("identifiableReason", "The ward must contact the person to put things right");
            String id = ShareRequests.post(body).then().body("outcome", equalTo("AWAITING_DPO"))
                    .body("reasons", equalTo(List.of("P6.3"))).extract().path("id");
            as("dpo").body(Map.of("approve", false, "justification", "Pseudonymised themes are enough for the ward"))
                    .post("/api/v1/share-requests/" + id + "/dpo-decision").then().statusCode(200)
                    .body("outcome", equalTo("REFUSED"));
        }
    }

    @Test
    @DisplayName("P1.3 a small provider receives only once it has acknowledged the current guidance version")
    void smallProviderNeedsAcknowledgement() {
        Fixtures.partnerB();
        String note = Fixtures.publishGuidance("PHARMACY");
        ShareRequests.post(ShareRequests.aggregate("partner-b")).then().body("outcome", equalTo("REFUSED"))
                .body("reasons", equalTo(List.of("P1.3")));
        Fixtures.acknowledge("partner-b", note).then().statusCode(201);
        ShareRequests.post(ShareRequests.aggregate("partner-b")).then().body("outcome", equalTo("APPROVED"));
    }

    @Test
    @DisplayName("a share request retried with its Idempotency-Key is recorded and announced once")
    void idempotent() {
        String partner = ShareRequests.provider();
        String key = UUID.randomUUID().toString();
        try (TopicReader reader = new TopicReader("test.sharing-events")) {
            String first = as("staff").header("Idempotency-Key", key).body(ShareRequests.aggregate(partner))
                    .post("/api/v1/share-requests").then().statusCode(201).extract().path("id");
            as("staff").header("Idempotency-Key", key).body(ShareRequests.aggregate(partner))
                    .post("/api/v1/share-requests").then().statusCode(201).header("Idempotent-Replayed", "true")
                    .body("id", equalTo(first));
            reader.await(r -> partner.equals(r.key()), 3, PATIENCE);
            assertThat(reader.drain(r -> partner.equals(r.key()), Duration.ofSeconds(1)))
                    .as("requested, decided, released: once each").hasSize(3);
        }
    }
}
