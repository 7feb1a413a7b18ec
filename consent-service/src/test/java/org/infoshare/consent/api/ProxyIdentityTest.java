package org.infoshare.consent.api;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.infoshare.consent.domain.ProxyIdentity;
import org.infoshare.consent.persistence.VaultRepository;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** P6.9: whoever consents for a person who lacks capacity is recorded, encrypted, in the vault. */
@QuarkusTest
class ProxyIdentityTest {

    @Inject
    VaultRepository vault;
    @Inject
    Pool pool;

    @Test
    @DisplayName("P6.9 a proxy's name, relationship and contact are recorded in the vault, encrypted and bound to the consent")
    void proxyIdentityIsRecordedInTheVault() throws Throwable {
        String subjectId = lackingCapacity();
        Map<String, Object> body = ConsentRequests.consent(subjectId, ConsentRequests.publishSheet());
        body.put("proxy", Map.of("kind", "LASTING_POWER_OF_ATTORNEY_HEALTH_AND_WELFARE", "reference", "LPA-42",
                "scope", "health and welfare", "identity", ConsentLifecycleTest.PROXY));

        UUID consentId = UUID.fromString(ConsentRequests.give(body));

        Optional<ProxyIdentity> recorded = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> vault.proxy(consentId)));
        assertThat(recorded).contains(new ProxyIdentity("Margaret", "Oduya", "daughter", Optional.of("07700 900123")));
        byte[] stored = VertxContextSupport.subscribeAndAwait(() -> pool.preparedQuery(
                        "SELECT identity_ciphertext FROM vault_proxy WHERE consent_id = $1").execute(Tuple.of(consentId)))
                .iterator().next().getBuffer(0).getBytes();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Margaret").doesNotContain("Oduya");
        given().auth().oauth2(Tokens.user("staff")).get("/api/v1/consents/" + consentId).then().statusCode(200)
                .body("givenByProxy", equalTo(true));
    }

    @Test
    @DisplayName("P6.9 a proxy without their identity is bad input (400) and nothing is stored")
    void proxyWithoutIdentityIsRefused() {
        String subjectId = lackingCapacity();
        Map<String, Object> body = new HashMap<>(ConsentRequests.consent(subjectId, ConsentRequests.publishSheet()));
        body.put("proxy", Map.of("kind", "LASTING_POWER_OF_ATTORNEY_HEALTH_AND_WELFARE", "reference", "LPA-43",
                "scope", "health and welfare"));

        assertProblem(given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/consents"), 400);
        given().auth().oauth2(Tokens.user("staff")).queryParam("subjectId", subjectId)
                .get("/api/v1/consents").then().statusCode(200).body("total", equalTo(0));
    }

    private static String lackingCapacity() {
        String subjectId = Subjects.register();
        given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(Map.of("status", "LACKS_CAPACITY"))
                .put("/api/v1/subjects/" + subjectId + "/capacity").then().statusCode(204);
        return subjectId;
    }
}
