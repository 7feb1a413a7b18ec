package org.infoshare.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * X1 across processes: what the other services did (in this class and in every scenario that ran
 * before it on the shared platform) is in audit-service's trail, signed by a checkpoint, and the
 * whole trail verifies.
 */
@ExtendWith(Platform.class)
class AuditTrailIT {

    @Test
    @DisplayName("X1 after the services' scenarios the audit trail holds their events, is signed, and verifies")
    void trailVerifiesAfterScenarios() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String breachId = given().baseUri(Platform.url("breach-service")).auth().oauth2(Tokens.user("staff"))
                .contentType(ContentType.JSON)
                .body(Map.of("summary", "Letters sent to the wrong address", "discoveredHow", "Recipient called",
                        "occurredAt", now.minusSeconds(600).toString(), "awareAt", now.minusSeconds(300).toString(),
                        "cyberIncident", false, "dataCategories", List.of("experience"), "releaseIds", List.of()))
                .post("/api/v1/breaches").then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(30)).until(() -> !audit().queryParam("subject", breachId)
                .get("/api/v1/trail/entries").then().statusCode(200).extract().jsonPath().getList("items").isEmpty());
        long seq = audit().queryParam("subject", breachId).get("/api/v1/trail/entries")
                .then().extract().jsonPath().getLong("items[0].seq");

        // the periodic checkpoint signs it
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var latest = audit().get("/api/v1/trail/checkpoints/latest");
            return latest.statusCode() == 200 && latest.jsonPath().getLong("treeSize") > seq;
        });
        given().baseUri(Platform.url("audit-service")).auth().oauth2(Tokens.user("auditor")).queryParam("seq", seq)
                .get("/api/v1/trail/proofs/inclusion").then().statusCode(200);

        JsonPath report = audit().get("/api/v1/trail/verify").then().statusCode(200).extract().jsonPath();
        assertThat(report.getBoolean("ok")).as(report.prettify()).isTrue();
        assertThat(report.getLong("entriesChecked")).isGreaterThan(seq);
        assertThat(report.getInt("checkpointsChecked")).isPositive();
    }

    private static io.restassured.specification.RequestSpecification audit() {
        return given().baseUri(Platform.url("audit-service")).auth().oauth2(Tokens.user("auditor"));
    }
}
