package org.infoshare.consent.api;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.infoshare.consent.service.ConsentLifecycleService;
import org.infoshare.events.DomainEvent;
import org.infoshare.events.EventCodec;
import org.infoshare.events.consent.ConsentExpired;
import org.infoshare.events.consent.ConsentGiven;
import org.infoshare.events.consent.ConsentReconfirmationRequested;
import org.infoshare.events.consent.ConsentReconfirmed;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.events.sharing.ShareDecided;
import org.infoshare.events.vocabulary.ReconfirmationReason;
import org.infoshare.events.vocabulary.ShareOutcome;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** The consent lifecycle against the real database and broker; events checked on consent-events. */
@QuarkusTest
class ConsentLifecycleTest {

    /** Who acts for the person (P6.9), recorded in the vault. */
    static final Map<String, Object> PROXY = Map.of("givenName", "Margaret", "familyName", "Oduya",
            "relationship", "daughter", "contact", "07700 900123");

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    ConsentLifecycleService lifecycle;

    private final EventCodec codec = new EventCodec();

    @Test
    @DisplayName("P6.5 an informed consent is stored with its sheet version and announced once as consent-given, keyed by subject")
    void consentIsGivenAndAnnouncedOnce() {
        Map<String, Object> body = ConsentRequests.consent();
        String subjectId = (String) body.get("subjectId");
        try (TopicReader reader = new TopicReader("test.consent-events")) {
            String id = ConsentRequests.give(body);
            given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/consents/" + id).then().statusCode(200)
                    .body("state", equalTo("ACTIVE")).body("informationSheetVersion", equalTo(1))
                    .body("reconfirmAfterDays", equalTo(365));

            List<DomainEvent> events = events(reader, subjectId, 1);
            assertThat(events).singleElement().isInstanceOfSatisfying(ConsentGiven.class, given -> {
                assertThat(given.consentId()).isEqualTo(UUID.fromString(id));
                assertThat(given.recipientPartnerIds()).containsExactly("partner-a", "partner-b", "partner-c");
                assertThat(given.informationSheetVersion()).isEqualTo(1);
            });
        }
    }

    @Test
    @DisplayName("P2.2 the medium a consent came through (paper, conversation, online, recording) is recorded and announced")
    void mediumIsRecorded() {
        Map<String, Object> body = ConsentRequests.consent();
        Map<String, Object> capture = ConsentRequests.capture();
        capture.put("channel", "RECORDED");
        capture.put("evidenceReference", "call-recording-2026-118");
        body.put("capture", capture);
        String subjectId = (String) body.get("subjectId");
        try (TopicReader reader = new TopicReader("test.consent-events")) {
            String id = ConsentRequests.give(body);
            given().auth().oauth2(Tokens.user("staff")).get("/api/v1/consents/" + id).then()
                    .body("captureChannel", equalTo("RECORDED"));
            assertThat(events(reader, subjectId, 1)).singleElement().isInstanceOfSatisfying(ConsentGiven.class,
                    given -> assertThat(given.captureChannel().name()).isEqualTo("RECORDED"));
        }
    }

    @Test
    @DisplayName("P6.5 a consent that is not informed or not evidenced is refused with 422 listing why, and nothing is stored")
    void uninformedConsentIsRefused() {
        Map<String, Object> body = ConsentRequests.consent();
        body.put("recipientPartnerIds", List.of());
        body.put("article9Condition", null);
        Map<String, Object> capture = ConsentRequests.capture();
        capture.remove("notes");
        body.put("capture", capture);
        Response response = given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/consents");
        assertProblem(response, 422, "unprocessable");
        assertThat(response.jsonPath().getList("errors.message", String.class)).anySatisfy(m -> assertThat(m).startsWith("P6.5"))
                .anySatisfy(m -> assertThat(m).startsWith("P4.1"));
        assertThat(response.jsonPath().getList("rules", String.class)).as("the refusing rules, by id")
                .containsExactly("P6.5", "P4.1");
        given().auth().oauth2(Tokens.user("staff")).queryParam("subjectId", body.get("subjectId"))
                .get("/api/v1/consents").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @DisplayName("P6.9 for a person who lacks capacity consent is refused without a proxy, with an expired authority, a property-and-affairs power or a court order of unstated scope, and accepted with a health and welfare LPA")
    void proxiesForPeopleWhoLackCapacity() {
        String subjectId = Subjects.register();
        given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(Map.of("status", "LACKS_CAPACITY"))
                .put("/api/v1/subjects/" + subjectId + "/capacity").then().statusCode(204);
        String sheet = ConsentRequests.publishSheet();

        Map<String, Object> own = ConsentRequests.consent(subjectId, sheet);
        assertThat(given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(own)
                .post("/api/v1/consents").then().statusCode(422).extract().jsonPath().getString("detail"))
                .contains("P6.9 the person lacks capacity");

        Map<String, Object> expired = ConsentRequests.consent(subjectId, sheet);
        expired.put("proxy", Map.of("kind", "COURT_ORDER", "reference", "COP-123", "scope", "PERSONAL_WELFARE",
                "expiresAt", "2020-01-01T00:00:00Z", "identity", PROXY));
        assertThat(given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(expired)
                .post("/api/v1/consents").then().statusCode(422).extract().jsonPath().getString("detail"))
                .contains("P6.9 the proxy's authority has expired");

        // a power over money and property is refused with the reason (422), not as bad input
        Map<String, Object> property = ConsentRequests.consent(subjectId, sheet);
        property.put("proxy", Map.of("kind", "LASTING_POWER_OF_ATTORNEY_PROPERTY_AND_FINANCIAL_AFFAIRS",
                "reference", "LPA-PFA-1", "scope", "property and financial affairs", "identity", PROXY));
        assertThat(given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(property)
                .post("/api/v1/consents").then().statusCode(422).extract().jsonPath().getString("detail"))
                .contains("P6.9 a lasting power of attorney for property and financial affairs");
        Map<String, Object> vagueOrder = ConsentRequests.consent(subjectId, sheet);
        vagueOrder.put("proxy", Map.of("kind", "COURT_ORDER", "reference", "COP-456", "scope", "welfare decisions",
                "identity", PROXY));
        assertThat(given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(vagueOrder)
                .post("/api/v1/consents").then().statusCode(422).extract().jsonPath().getString("detail"))
                .contains("P6.9 a court order states its scope as one of");
        given().auth().oauth2(Tokens.user("staff")).queryParam("subjectId", subjectId)
                .get("/api/v1/consents").then().statusCode(200).body("total", equalTo(0));

        Map<String, Object> byProxy = ConsentRequests.consent(subjectId, sheet);
        byProxy.put("proxy", Map.of("kind", "LASTING_POWER_OF_ATTORNEY_HEALTH_AND_WELFARE", "reference", "LPA-99",
                "scope", "health and welfare", "identity", PROXY));
        String id = ConsentRequests.give(byProxy);
        given().auth().oauth2(Tokens.user("staff")).get("/api/v1/consents/" + id).then()
                .body("givenByProxy", equalTo(true)).body("proxyKind", equalTo("LASTING_POWER_OF_ATTORNEY_HEALTH_AND_WELFARE"));
    }

    @Test
    @DisplayName("P6.8 a partial withdrawal is announced with its exact scope; the same withdrawal again changes and announces nothing")
    void partialWithdrawalCarriesItsScopeAndRepeatsAreSilent() {
        Map<String, Object> body = ConsentRequests.consent();
        String subjectId = (String) body.get("subjectId");
        String id = ConsentRequests.give(body);
        try (TopicReader reader = new TopicReader("test.consent-events")) {
            Map<String, Object> withdrawal = Map.of("whole", false, "recipientPartnerIds", List.of("partner-b"),
                    "channel", "LETTER");
            withdraw(id, withdrawal).then().statusCode(200).body("changed", equalTo(true))
                    .body("consent.state", equalTo("ACTIVE"))
                    .body("consent.recipientPartnerIds", equalTo(List.of("partner-a", "partner-c")));
            withdraw(id, withdrawal).then().statusCode(200).body("changed", equalTo(false));

            List<DomainEvent> events = events(reader, subjectId, 1);
            assertThat(events).singleElement().isInstanceOfSatisfying(ConsentWithdrawn.class, withdrawn -> {
                assertThat(withdrawn.wholeConsent()).isFalse();
                assertThat(withdrawn.withdrawnRecipientPartnerIds()).containsExactly("partner-b");
                assertThat(withdrawn.withdrawnPurposes()).isEmpty();
                assertThat(withdrawn.consentVersion()).isEqualTo(2);
            });
        }
    }

    @Test
    @DisplayName("P6.8 a whole withdrawal by phone ends the consent, is announced once, and a second one is silent")
    void wholeWithdrawal() {
        Map<String, Object> body = ConsentRequests.consent();
        String subjectId = (String) body.get("subjectId");
        String id = ConsentRequests.give(body);
        try (TopicReader reader = new TopicReader("test.consent-events")) {
            withdraw(id, Map.of("whole", true, "channel", "PHONE")).then().statusCode(200)
                    .body("changed", equalTo(true)).body("consent.state", equalTo("WITHDRAWN"));
            withdraw(id, Map.of("whole", true, "channel", "EMAIL")).then().statusCode(200).body("changed", equalTo(false));
            assertThat(events(reader, subjectId, 1)).singleElement()
                    .isInstanceOfSatisfying(ConsentWithdrawn.class, w -> assertThat(w.wholeConsent()).isTrue());
        }
        assertProblem(given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .body(Map.of("capture", ConsentRequests.capture())).post("/api/v1/consents/" + id + "/reconfirmations"), 409);
    }

    @Test
    @DisplayName("P6.6 P6.7 time makes a consent due and asks the person; silence extends nothing; only an explicit re-confirmation renews it")
    void reconfirmationIsAskedAndOnlyAnExplicitActRenews() {
        Map<String, Object> body = ConsentRequests.consent();
        body.put("reconfirmAfterDays", 30);
        String subjectId = (String) body.get("subjectId");
        String id = ConsentRequests.give(body);
        try (TopicReader reader = new TopicReader("test.consent-events")) {
            sweep(Instant.now().plus(Duration.ofDays(31)));
            sweep(Instant.now().plus(Duration.ofDays(60)));
            given().auth().oauth2(Tokens.user("staff")).get("/api/v1/consents/" + id).then()
                    .body("state", equalTo("RECONFIRMATION_DUE"));
            List<DomainEvent> asked = events(reader, subjectId, 1);
            assertThat(asked).singleElement().isInstanceOfSatisfying(ConsentReconfirmationRequested.class,
                    r -> assertThat(r.reason()).isEqualTo(ReconfirmationReason.THRESHOLD_REACHED));

            given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                    .body(Map.of("capture", ConsentRequests.capture())).post("/api/v1/consents/" + id + "/reconfirmations")
                    .then().statusCode(200).body("state", equalTo("ACTIVE"));
            assertThat(events(reader, subjectId, 2)).last().isInstanceOf(ConsentReconfirmed.class);
        }
    }

    @Test
    @DisplayName("P6.6 a consent past its expiry ends as expired and is announced")
    void expiryEndsTheConsent() {
        Map<String, Object> body = ConsentRequests.consent();
        body.put("expiresAt", Instant.now().plus(Duration.ofDays(10)).toString());
        String subjectId = (String) body.get("subjectId");
        String id = ConsentRequests.give(body);
        try (TopicReader reader = new TopicReader("test.consent-events")) {
            sweep(Instant.now().plus(Duration.ofDays(11)));
            given().auth().oauth2(Tokens.user("staff")).get("/api/v1/consents/" + id).then().body("state", equalTo("EXPIRED"));
            assertThat(events(reader, subjectId, 1)).singleElement().isInstanceOf(ConsentExpired.class);
        }
    }

    @Test
    @DisplayName("P6.7 a share held by sharing-service for stale consent asks the person to re-confirm, once per decision")
    void heldShareAsksForReconfirmation() {
        Map<String, Object> body = ConsentRequests.consent();
        String subjectId = (String) body.get("subjectId");
        UUID consentId = UUID.fromString(ConsentRequests.give(body));
        UUID shareRequestId = UUID.randomUUID();
        ShareDecided held = new ShareDecided(shareRequestId, subjectId, "partner-a", consentId,
                ShareOutcome.HELD_STALE_CONSENT, List.of("P6.7"), "sharing-service", Instant.now());
        byte[] value = codec.serialize(codec.toCloudEvent(held, UUID.randomUUID(), URI.create("urn:infoshare:sharing-service"),
                Instant.now()));
        try (TopicReader reader = new TopicReader("test.consent-events");
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", "127.0.0.1:9092"),
                     new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>("test.sharing-events", subjectId, value));
            producer.send(new ProducerRecord<>("test.sharing-events", subjectId, value)); // redelivery
            producer.flush();

            List<DomainEvent> events = events(reader, subjectId, 1);
            assertThat(reader.drain(r -> subjectId.equals(r.key()), Duration.ofSeconds(2))).hasSize(1);
            assertThat(events).singleElement().isInstanceOfSatisfying(ConsentReconfirmationRequested.class, r -> {
                assertThat(r.reason()).isEqualTo(ReconfirmationReason.SHARE_HELD);
                assertThat(r.shareRequestId()).isEqualTo(shareRequestId);
            });
            given().auth().oauth2(Tokens.user("staff")).get("/api/v1/consents/" + consentId).then()
                    .body("state", equalTo("RECONFIRMATION_DUE"));
        }
    }

    private void sweep(Instant at) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> lifecycle.sweep(at));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response withdraw(String id, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/consents/" + id + "/withdrawals");
    }

    private List<DomainEvent> events(TopicReader reader, String subjectId, int count) {
        // the consent's own events: the person's registration (X1) shares the key
        java.util.function.Predicate<ConsumerRecord<String, byte[]>> ofConsent = r -> subjectId.equals(r.key())
                && !codec.deserialize(r.value()).getType().contains("subject-registered");
        List<ConsumerRecord<String, byte[]>> records = reader.await(ofConsent, count, PATIENCE);
        List<ConsumerRecord<String, byte[]>> all = reader.drain(ofConsent, Duration.ofMillis(500));
        assertThat(all).hasSize(count);
        return all.stream().map(r -> {
            CloudEvent event = codec.deserialize(r.value());
            return codec.data(event);
        }).toList();
    }
}
