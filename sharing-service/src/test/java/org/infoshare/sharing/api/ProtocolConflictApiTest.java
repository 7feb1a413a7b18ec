package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.infoshare.sharing.api.Fixtures.as;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** P5.1 against the stack: a declared conflict suspends the protocol until the DPO resolves it; attestations gate flows. */
@QuarkusTest
class ProtocolConflictApiTest {

    private static final Map<String, Object> CONFLICT = Map.of(
            "description", "Clause 4 asks us to keep records longer than the law allows",
            "legalBasis", "UK GDPR Art. 5(1)(e)");

    private static int releasesTo(String partner) {
        return as("dpo").queryParam("partnerId", partner).get("/api/v1/releases")
                .then().statusCode(200).extract().path("total");
    }

    @Test
    @DisplayName("P5.1 a declared conflict suspends the protocol: shares refused with P5.1 and nothing released, the protocol cannot be agreed again, until the DPO resolves it; then shares flow again")
    void conflictSuspendsUntilTheDpoResolves() {
        Fixtures.partnerA();
        String protocol = Fixtures.agreedProtocol("partner-a", Fixtures.PURPOSE, 180);
        String conflict = null;
        try {
            conflict = Releases.partner("partner-a").body(CONFLICT)
                    .post("/api/v1/partner/protocols/" + protocol + "/conflicts").then().statusCode(201)
                    .extract().path("id");
            as("staff").get("/api/v1/protocols/" + protocol).then().statusCode(200).body("status", equalTo("SUSPENDED"));
            as("dpo").get("/api/v1/protocol-conflicts?size=200").then().statusCode(200)
                    .body("items.find { it.id == '" + conflict + "' }.open", equalTo(true));

            int before = releasesTo("partner-a");
            ShareRequests.post(ShareRequests.aggregate("partner-a")).then().statusCode(201)
                    .body("outcome", equalTo("REFUSED")).body("reasons", hasItem("P5.1"));
            assertThat(releasesTo("partner-a")).isEqualTo(before);

            // only the DPO's resolution lifts it: not agreeing the protocol again, not staff
            assertProblem(Fixtures.dpo().body(Map.of("status", "AGREED")).post("/api/v1/protocols/" + protocol + "/status"),
                    409, "conflict");
            String path = "/api/v1/protocol-conflicts/" + conflict + "/resolution";
            Map<String, Object> reinstate = Map.of("outcome", "PROTOCOL_REINSTATED",
                    "reasons", "Clause 4 struck out with the partner's agreement; retention now as the law allows");
            assertProblem(as("staff").body(reinstate).post(path), 403);
            assertProblem(as("dpo").body(Map.of("outcome", "PROTOCOL_REINSTATED", "reasons", "ok")).post(path), 400,
                    "validation-failed");
            assertProblem(as("dpo").body(Map.of("outcome", "FORGOTTEN", "reasons", reinstate.get("reasons"))).post(path), 400);
            assertProblem(as("dpo").body(reinstate).post("/api/v1/protocol-conflicts/" + java.util.UUID.randomUUID()
                    + "/resolution"), 404, "not-found");

            as("dpo").body(reinstate).post(path).then().statusCode(200).body("open", equalTo(false))
                    .body("resolutionOutcome", equalTo("PROTOCOL_REINSTATED")).body("resolvedBy", notNullValue());
            assertProblem(as("dpo").body(reinstate).post(path), 409, "conflict");
            as("staff").get("/api/v1/protocols/" + protocol).then().body("status", equalTo("AGREED"));
            ShareRequests.post(ShareRequests.aggregate("partner-a")).then().statusCode(201)
                    .body("outcome", equalTo("APPROVED"));
            assertThat(releasesTo("partner-a")).isEqualTo(before + 1);
        } finally {
            Fixtures.resolveOpenConflicts(protocol);
        }
    }

    @Test
    @DisplayName("P5.1 the DPO may end the protocol instead: it expires with the conflict resolved")
    void conflictResolvedByEndingTheProtocol() {
        Fixtures.partnerA();
        String protocol = Fixtures.agreedProtocol("partner-a", Fixtures.PURPOSE, 180);
        String conflict = Releases.partner("partner-a").body(CONFLICT)
                .post("/api/v1/partner/protocols/" + protocol + "/conflicts").then().statusCode(201).extract().path("id");
        as("dpo").body(Map.of("outcome", "PROTOCOL_EXPIRED", "reasons", "The partner cannot comply; the protocol ends"))
                .post("/api/v1/protocol-conflicts/" + conflict + "/resolution").then().statusCode(200)
                .body("resolutionOutcome", equalTo("PROTOCOL_EXPIRED"));
        as("staff").get("/api/v1/protocols/" + protocol).then().body("status", equalTo("EXPIRED"));
    }

    @Test
    @DisplayName("P5.1 a regular flow under a protocol the partner has not attested is refused with P5.1 and nothing is released; once attested it flows")
    void attestationGatesTheFlow() {
        String partner = Fixtures.randomId("trust");
        Fixtures.ensure(Fixtures.partner(partner, "SERVICE_PROVIDER", null));
        String protocol = Fixtures.agreedUnattested(partner, Fixtures.PURPOSE, 180);

        ShareRequests.post(ShareRequests.aggregate(partner)).then().statusCode(201)
                .body("outcome", equalTo("REFUSED")).body("reasons", equalTo(List.of("P5.1")));
        assertThat(releasesTo(partner)).isZero();

        Fixtures.attested(protocol, partner);
        ShareRequests.post(ShareRequests.aggregate(partner)).then().statusCode(201)
                .body("outcome", equalTo("APPROVED"));
        assertThat(releasesTo(partner)).isEqualTo(1);
    }

    @Test
    @DisplayName("P5.1 partner-a's own attestation through the partner API gates its flow: an incomplete latest one refuses with P5.1, a complete one lets it through")
    void partnerAttestationThroughTheApi() {
        // a purpose of this test's own, so no other protocol of partner-a governs it
        String purpose = Fixtures.randomId("p51");
        Map<String, Object> partnerA = Fixtures.partner("partner-a", "SERVICE_PROVIDER", null);
        partnerA.put("purposes", List.of(Fixtures.PURPOSE, "research", purpose));
        Fixtures.ensure(partnerA);
        try {
            String protocol = Fixtures.agreedUnattested("partner-a", purpose, 180);
            Map<String, Object> share = ShareRequests.aggregate("partner-a");
            share.put("purpose", purpose);
            String attest = "/api/v1/partner/protocols/" + protocol + "/attestations";
            int before = releasesTo("partner-a");

            Releases.partner("partner-a").body(Map.of("securityMeasuresMet", true, "staffInformed", false))
                    .post(attest).then().statusCode(201);
            ShareRequests.post(share).then().statusCode(201).body("outcome", equalTo("REFUSED"))
                    .body("reasons", equalTo(List.of("P5.1")));
            assertThat(releasesTo("partner-a")).isEqualTo(before);

            Releases.partner("partner-a").body(Map.of("securityMeasuresMet", true, "staffInformed", true))
                    .post(attest).then().statusCode(201);
            ShareRequests.post(share).then().statusCode(201).body("outcome", equalTo("APPROVED"));
            assertThat(releasesTo("partner-a")).isEqualTo(before + 1);
        } finally {
            Fixtures.partnerA();
        }
    }
}
