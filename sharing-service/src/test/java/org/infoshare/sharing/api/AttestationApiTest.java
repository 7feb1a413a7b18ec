package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.events.EventCodec;
import org.infoshare.events.sharing.ProtocolConflictDeclared;
import org.infoshare.testing.Tokens;
import org.infoshare.testing.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.infoshare.sharing.api.Fixtures.as;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** P5.1 attestations through the partner API, with partner isolation. */
@QuarkusTest
class AttestationApiTest {

    @Test
    @DisplayName("P5.1 a partner attests for its own protocol and staff see it; another partner's protocol is not there for it")
    void attestOwnProtocolOnly() {
        Fixtures.partnerA();
        Fixtures.partnerB();
        String protocol = Fixtures.agreedUnattested("partner-a", Fixtures.PURPOSE, 180);
        String otherPartner = Fixtures.randomId("trust");
        Fixtures.ensure(Fixtures.partner(otherPartner, "SERVICE_PROVIDER", null));
        String other = Fixtures.agreedUnattested(otherPartner, Fixtures.PURPOSE, 180);

        given().auth().oauth2(Tokens.user("partner-a")).get("/api/v1/partner/protocols").then().statusCode(200)
                .body("id", hasItem(protocol)).body("id", not(hasItem(other)))
                .body("partnerId", everyItem(equalTo("partner-a")));

        as("partner-a").body(Map.of("securityMeasuresMet", true, "staffInformed", true,
                        "statement", "Reviewed by our information governance lead"))
                .post("/api/v1/partner/protocols/" + protocol + "/attestations").then().statusCode(201)
                .body("complete", equalTo(true)).body("partnerId", equalTo("partner-a"));
        as("partner-a").body(Map.of("securityMeasuresMet", true, "staffInformed", false))
                .post("/api/v1/partner/protocols/" + protocol + "/attestations").then().statusCode(201)
                .body("complete", equalTo(false));

        as("staff").get("/api/v1/protocols/" + protocol + "/attestations").then().statusCode(200)
                .body("$", hasSize(2)).body("[0].complete", equalTo(false)).body("[1].complete", equalTo(true));

        assertProblem(as("partner-b").body(Map.of("securityMeasuresMet", true, "staffInformed", true))
                .post("/api/v1/partner/protocols/" + protocol + "/attestations"), 404, "not-found");
        assertProblem(given().auth().oauth2(Tokens.client("partner-b-system")).contentType("application/json")
                .body(Map.of("securityMeasuresMet", true, "staffInformed", true))
                .post("/api/v1/partner/protocols/" + other + "/attestations"), 404, "not-found");
        as("staff").get("/api/v1/protocols/" + other + "/attestations").then().body("$", hasSize(0));
        // its latest attestation is incomplete (P5.1): ended, so it governs no other test's flow
        Fixtures.dpo().body(Map.of("status", "EXPIRED")).post("/api/v1/protocols/" + protocol + "/status")
                .then().statusCode(200);
    }

    @Test
    @DisplayName("P5.1 a partner declares a conflict of its protocol with the law: announced at once (protocol-conflict-declared) and listed to the DPO; not for another partner's protocol")
    void conflictIsListedToTheDpo() {
        Fixtures.partnerA();
        Fixtures.partnerB();
        String protocol = Fixtures.agreedProtocol("partner-a", Fixtures.PURPOSE, 180);
        Map<String, Object> body = Map.of("description", "Clause 4 asks us to keep records longer than the law allows",
                "legalBasis", "UK GDPR Art. 5(1)(e)");
        try (TopicReader reader = new TopicReader("test.sharing-events")) {
            String id = as("partner-a").body(body).post("/api/v1/partner/protocols/" + protocol + "/conflicts").then()
                    .statusCode(201).body("protocolId", equalTo(protocol)).body("partnerId", equalTo("partner-a"))
                    .extract().path("id");
            as("dpo").get("/api/v1/protocol-conflicts?size=200").then().statusCode(200).body("items.id", hasItem(id));
            EventCodec codec = new EventCodec();
            var announced = reader.await(r -> "partner-a".equals(r.key())
                    && codec.data(codec.deserialize(r.value())) instanceof ProtocolConflictDeclared declared
                    && declared.conflictId().toString().equals(id), 1, Duration.ofSeconds(30));
            ProtocolConflictDeclared declared = (ProtocolConflictDeclared) codec.data(codec.deserialize(announced.get(0).value()));
            assertThat(declared.protocolId()).hasToString(protocol);
            assertThat(declared.legalBasis()).isEqualTo("UK GDPR Art. 5(1)(e)");
        }
        assertProblem(as("partner-b").body(body).post("/api/v1/partner/protocols/" + protocol + "/conflicts"), 404,
                "not-found");
        Fixtures.resolveOpenConflicts(protocol);
    }
}
