package org.infoshare.sharing.api;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import org.infoshare.testing.BadInputContract;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.sharing.api.Fixtures.as;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * The POSTs that answer 200 (a protocol's status, the DPO's decision), which BadInputContract
 * cannot take since it expects 201: each defect is refused with a 4xx and changes nothing.
 */
@QuarkusTest
class DecisionBadInputTest {

    @Test
    @DisplayName("P2.1 a DPO decision without a justification, with a short one, malformed or of the wrong type is refused and the share still awaits the DPO")
    void dpoDecisionBadInput() {
        Map<String, Object> body = ShareRequests.underConsent(ShareRequests.provider(), "subj-" + UUID.randomUUID(),
                UUID.randomUUID());
        body.remove("consentId");
        body.put("basis", "LEGAL_DUTY");
        body.put("lawfulBasis", "C");
        body.put("legalReference", "Court order 2026/77");
        String id = ShareRequests.post(body).then().body("outcome", equalTo("AWAITING_DPO")).extract().path("id");
        String path = "/api/v1/share-requests/" + id + "/dpo-decision";

        unchanged(() -> as("dpo").body(Map.of("approve", true)).post(path), 400, "validation-failed");
        unchanged(() -> as("dpo").body(Map.of("approve", true, "justification", "ok")).post(path), 400, "validation-failed");
        unchanged(() -> as("dpo").body(Map.of("approve", "perhaps", "justification", "x".repeat(30))).post(path), 400,
                "invalid-field-type");
        unchanged(() -> as("dpo").body("{\"approve\": ").post(path), 400, "malformed-json");
        unchanged(() -> as("dpo").body(Map.of("approve", true, "justification", "x".repeat(30), "patientName", "x"))
                .post(path), 400, "unknown-field");
        unchanged(() -> given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.TEXT).body("x").post(path), 415,
                "unsupported-media-type");
        unchanged(() -> as("dpo").body(Map.of("approve", true, "justification", "x".repeat(30)))
                .post("/api/v1/share-requests/" + UUID.randomUUID() + "/dpo-decision"), 404, "not-found");
        ShareRequests.get(id).then().body("outcome", equalTo("AWAITING_DPO"));
    }

    @Test
    @DisplayName("P1.2 a protocol status outside the list, missing or malformed is refused and the protocol is unchanged")
    void protocolStatusBadInput() {
        Fixtures.partnerA();
        String id = as("dpo").body(Fixtures.protocol("partner-a", Fixtures.PURPOSE)).post("/api/v1/protocols").then()
                .statusCode(201).extract().path("id");
        String path = "/api/v1/protocols/" + id + "/status";
        unchanged(() -> as("dpo").body(Map.of("status", "SIGNED")).post(path), 400, "invalid-field-type");
        unchanged(() -> as("dpo").body(Map.of()).post(path), 400, "validation-failed");
        unchanged(() -> as("dpo").body("{\"status\"").post(path), 400, "malformed-json");
        unchanged(() -> as("dpo").body(Map.of("status", "SUSPENDED")).post(path), 409, "conflict");
        as("staff").get("/api/v1/protocols/" + id).then().body("status", equalTo("DRAFT"));
    }

    private static void unchanged(Supplier<Response> call, int status, String type) {
        List<Object> before = state();
        assertProblem(call.get(), status, type);
        assertThat(state()).isEqualTo(before);
    }

    /** Everything these POSTs could touch. */
    private static List<Object> state() {
        Pool pool = Arc.container().instance(Pool.class).get();
        return pool.query("SELECT (SELECT count(*) FROM outbox_event WHERE " + BadInputContract.REQUEST_EVENTS_ONLY + "), "
                        + "(SELECT string_agg(id::text || outcome || decided_at::text, ',' ORDER BY id) FROM share_request), "
                        + "(SELECT string_agg(id::text || status || updated_at::text, ',' ORDER BY id) FROM protocol)")
                .execute().map(rows -> {
                    var row = rows.iterator().next();
                    return List.<Object>of(row.getLong(0), String.valueOf(row.getString(1)), String.valueOf(row.getString(2)));
                }).await().indefinitely();
    }
}
