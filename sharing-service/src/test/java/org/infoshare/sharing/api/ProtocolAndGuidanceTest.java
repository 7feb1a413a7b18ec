package org.infoshare.sharing.api;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.infoshare.sharing.api.Fixtures.as;
import static org.infoshare.sharing.api.Fixtures.dpo;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** Protocols (P1.2) and guidance notes with partner acknowledgements (P1.3). */
@QuarkusTest
class ProtocolAndGuidanceTest {

    @Test
    @DisplayName("P1.2 a protocol holds purpose, trigger, method with a named recipient, security, limits and review date; it starts as a draft and the DPO agrees it")
    void protocolLifecycle() {
        Fixtures.partnerA();
        String id = dpo().body(Fixtures.protocol("partner-a", Fixtures.PURPOSE)).post("/api/v1/protocols")
                .then().statusCode(201).body("status", equalTo("DRAFT"))
                .body("method.namedRecipient", equalTo("Head of Patient Experience"))
                .body("method.channel", equalTo("SECURE_API")).extract().path("id");
        dpo().body(Map.of("status", "AGREED")).post("/api/v1/protocols/" + id + "/status").then().statusCode(200)
                .body("status", equalTo("AGREED"));
        dpo().body(Map.of("status", "SUSPENDED")).post("/api/v1/protocols/" + id + "/status").then().statusCode(200);
        dpo().body(Map.of("status", "EXPIRED")).post("/api/v1/protocols/" + id + "/status").then().statusCode(200);
        assertProblem(dpo().body(Map.of("status", "AGREED")).post("/api/v1/protocols/" + id + "/status"), 409, "conflict");
        as("staff").get("/api/v1/protocols/" + id).then().statusCode(200).body("status", equalTo("EXPIRED"))
                .body("limitsOnUse[0]", equalTo("service improvement only"));
        as("staff").get("/api/v1/protocols?partnerId=partner-a&size=200").then().body("items.id", hasItem(id));

        String stored = Arc.container().instance(Pool.class).get()
                .preparedQuery("SELECT named_recipient_encrypted FROM protocol WHERE id = $1").execute(Tuple.of(UUID.fromString(id)))
                .map(rows -> rows.iterator().next().getString(0)).await().indefinitely();
        assertThat(stored).doesNotContain("Head of Patient Experience");
    }

    @Test
    @DisplayName("P1.2 a protocol for a purpose the partner is not agreed for, for a small provider, or already past review is refused")
    void protocolRefusals() {
        Fixtures.partnerA();
        Fixtures.partnerB();
        assertProblem(dpo().body(Fixtures.protocol("partner-a", "marketing")).post("/api/v1/protocols"), 422);
        assertProblem(dpo().body(Fixtures.protocol("partner-b", Fixtures.PURPOSE)).post("/api/v1/protocols"), 422);
        Map<String, Object> overdue = Fixtures.protocol("partner-a", Fixtures.PURPOSE);
        overdue.put("reviewDate", LocalDate.now().minusDays(1).toString());
        assertProblem(dpo().body(overdue).post("/api/v1/protocols"), 422);
        assertProblem(dpo().body(Fixtures.protocol("nobody-here", Fixtures.PURPOSE)).post("/api/v1/protocols"), 422);
    }

    @Test
    @DisplayName("P1.3 guidance notes are versioned per kind and the small provider acknowledges the version it received, once")
    void guidanceAcknowledged() {
        Fixtures.partnerB();
        String first = Fixtures.publishGuidance("PHARMACY");
        String second = Fixtures.publishGuidance("PHARMACY");
        int v1 = as("staff").get("/api/v1/guidance-notes/" + first).then().extract().path("version");
        as("staff").get("/api/v1/guidance-notes/" + second).then().body("version", equalTo(v1 + 1));

        Fixtures.acknowledge("partner-b", second).then().statusCode(201).body("version", equalTo(v1 + 1))
                .body("partnerId", equalTo("partner-b")).body("recorded", equalTo(true));
        Fixtures.acknowledge("partner-b", second).then().statusCode(200).body("recorded", equalTo(false));

        given().auth().oauth2(Tokens.user("partner-b")).get("/api/v1/partner/guidance-notes").then().statusCode(200)
                .body("find { it.id == '" + second + "' }.acknowledged", equalTo(true))
                .body("find { it.id == '" + first + "' }.acknowledged", equalTo(false));
    }

    @Test
    @DisplayName("P1.3 a partner cannot acknowledge another kind's guidance, and a partner that is not a small provider has none")
    void guidanceIsolation() {
        Fixtures.partnerA();
        Fixtures.partnerB();
        String dentist = Fixtures.publishGuidance("DENTIST");
        assertProblem(Fixtures.acknowledge("partner-b", dentist), 404, "not-found");
        String pharmacy = Fixtures.publishGuidance("PHARMACY");
        assertProblem(Fixtures.acknowledge("partner-a", pharmacy), 403, "forbidden");
        assertProblem(given().auth().oauth2(Tokens.user("partner-a")).get("/api/v1/partner/guidance-notes"), 403);
    }

    @Test
    @DisplayName("P1.3 a partner system's retried acknowledgement with its Idempotency-Key is answered the same and recorded once")
    void acknowledgementIsIdempotent() {
        Fixtures.partnerB();
        String note = Fixtures.publishGuidance("PHARMACY");
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(Tokens.client("partner-b-system")).header("Idempotency-Key", key)
                    .contentType("application/json").body(Map.of("guidanceNoteId", note))
                    .post("/api/v1/partner/guidance-acknowledgements").then().statusCode(201).body("recorded", equalTo(true));
        }
        long rows = Arc.container().instance(Pool.class).get()
                .preparedQuery("SELECT count(*) FROM guidance_acknowledgement WHERE guidance_note_id = $1")
                .execute(Tuple.of(UUID.fromString(note))).map(r -> r.iterator().next().getLong(0)).await().indefinitely();
        assertThat(rows).isEqualTo(1);
    }
}
