package org.infoshare.sharing.api;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.infoshare.sharing.api.Fixtures.as;
import static org.infoshare.sharing.api.Fixtures.dpo;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** The partner registry (P1.1) against the real database. */
@QuarkusTest
class PartnerRegistryTest {

    private static final String SECRET = "whsec-0123456789abcdef0123456789abcdef";

    @Test
    @DisplayName("P1.1 the DPO registers a partner with kind, purposes and webhook; staff read it; the secret is never answered and is stored encrypted")
    void registerAndRead() {
        String id = Fixtures.randomId("cqc");
        Map<String, Object> body = Fixtures.partner(id, "REGULATOR", null);
        body.put("webhookUrl", "https://" + id + ".example/hooks");
        body.put("webhookSecret", SECRET);

        String created = dpo().body(body).post("/api/v1/partners").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/partners/" + id))
                .body("kind", equalTo("REGULATOR")).body("webhookSecretSet", equalTo(true))
                .body("purposes", equalTo(List.of("service-improvement", "research")))
                .extract().body().asString();
        assertThat(created).doesNotContain(SECRET);

        String read = as("staff").get("/api/v1/partners/" + id).then().statusCode(200)
                .body("webhookUrl", equalTo("https://" + id + ".example/hooks"))
                .body("smallProviderKind", nullValue()).extract().body().asString();
        assertThat(read).doesNotContain(SECRET).doesNotContain("webhookSecret\"");
        as("staff").get("/api/v1/partners?kind=REGULATOR&size=200").then().statusCode(200)
                .body("items.id", hasItem(id));

        String stored = Arc.container().instance(Pool.class).get()
                .preparedQuery("SELECT webhook_secret_encrypted FROM partner WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> rows.iterator().next().getString(0)).await().indefinitely();
        assertThat(stored).isNotBlank().doesNotContain(SECRET);
    }

    @Test
    @DisplayName("P1.1 a small provider is registered with its kind; a change keeps the stored secret unless a new one is given")
    void smallProviderAndChange() {
        String id = Fixtures.randomId("gp");
        Map<String, Object> body = Fixtures.partner(id, "SMALL_PROVIDER", "GP");
        dpo().body(body).post("/api/v1/partners").then().statusCode(201).body("smallProviderKind", equalTo("GP"))
                .body("webhookSecretSet", equalTo(false));

        body.put("webhookUrl", "https://" + id + ".example/hooks");
        body.put("webhookSecret", SECRET);
        dpo().body(body).put("/api/v1/partners/" + id).then().statusCode(200).body("webhookSecretSet", equalTo(true));
        body.remove("webhookSecret");
        body.put("purposes", List.of("research"));
        dpo().body(body).put("/api/v1/partners/" + id).then().statusCode(200)
                .body("webhookSecretSet", equalTo(true)).body("purposes", equalTo(List.of("research")));
    }

    @Test
    @DisplayName("P1.1 a small provider without its kind, a duplicate id, or a webhook without a secret is refused and changes nothing")
    void refusals() {
        String id = Fixtures.randomId("care");
        io.restassured.response.Response noKind = dpo().body(Fixtures.partner(id, "SMALL_PROVIDER", null)).post("/api/v1/partners");
        assertProblem(noKind, 422, "unprocessable");
        org.assertj.core.api.Assertions.assertThat(noKind.jsonPath().getList("rules", String.class)).as("the refusing rule")
                .containsExactly("P1.1");
        as("dpo").get("/api/v1/partners/" + id).then().statusCode(404);

        Map<String, Object> hook = Fixtures.partner(id, "COMMISSIONER", null);
        hook.put("webhookUrl", "https://" + id + ".example/hooks");
        assertProblem(dpo().body(hook).post("/api/v1/partners"), 422, "unprocessable");

        dpo().body(Fixtures.partner(id, "COMMISSIONER", null)).post("/api/v1/partners").then().statusCode(201);
        assertProblem(dpo().body(Fixtures.partner(id, "REGULATOR", null)).post("/api/v1/partners"), 409, "conflict");
        as("staff").get("/api/v1/partners/" + id).then().body("kind", equalTo("COMMISSIONER"));
        assertProblem(dpo().body(Fixtures.partner(id, "REGULATOR", null)).put("/api/v1/partners/nobody-here"), 404, "not-found");
    }
}
