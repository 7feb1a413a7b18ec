package org.infoshare.e2e;

import io.restassured.response.Response;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.infoshare.e2e.Journeys.PATIENCE;
import static org.infoshare.e2e.Journeys.consent;
import static org.infoshare.e2e.Journeys.registerSubject;
import static org.infoshare.e2e.Journeys.sharing;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P2.1 across the packaged services (issue 11): a disclosure under a legal duty to a court that is
 * no partner. The DPO records it in sharing-service (refused without the order's reference);
 * consent-service, asked by event, prepares the identity from its vault; the DPO fetches it once
 * there and records the hand-over, which completes the disclosure in sharing-service; the audit
 * trail holds both events under the person's subject id.
 */
@ExtendWith(Platform.class)
class LegalDutyDisclosureIT {

    @Test
    @DisplayName("P2.1 a court order's disclosure: refused without its reference; recorded by the DPO, identity fetched "
            + "once from consent-service, handed over, completed in sharing-service, and in the audit trail")
    void courtOrderDisclosure() {
        String subject = registerSubject();
        Map<String, Object> order = new HashMap<>(Map.of("subjectId", subject, "recipientKind", "COURT",
                "recipientOrganisation", "Northampton Crown Court", "identifiable", true,
                "justification", "The Crown Court's production order compels disclosure of the complainant's identity.",
                "tellSubject", false, "notToldReason", "CRIME_INVESTIGATION"));

        Response refused = sharing("dpo").body(order).post("/api/v1/legal-disclosures");
        assertProblem(refused, 422, "unprocessable");
        assertThat(refused.jsonPath().getList("rules", String.class)).containsExactly("P2.1");
        assertProblem(sharing("staff").body(order).post("/api/v1/legal-disclosures"), 403);

        order.put("orderReference", "T20267001");
        String id = sharing("dpo").body(order).post("/api/v1/legal-disclosures").then().statusCode(201)
                .body("status", equalTo("HANDOVER_REQUESTED")).extract().path("id");

        await().atMost(PATIENCE).until(() -> consent("dpo").get("/api/v1/legal-disclosures/" + id).statusCode() == 200);
        consent("dpo").get("/api/v1/legal-disclosures/" + id).then().body("status", equalTo("PREPARED"))
                .body("orderReference", equalTo("T20267001"));
        consent("dpo").post("/api/v1/legal-disclosures/" + id + "/identity").then().statusCode(200)
                .body("familyName", startsWith("Seacole"));
        assertProblem(consent("dpo").post("/api/v1/legal-disclosures/" + id + "/identity"), 409);
        consent("dpo").body(Map.of("channel", "COURT_PORTAL")).post("/api/v1/legal-disclosures/" + id + "/hand-over")
                .then().statusCode(200).body("status", equalTo("HANDED_OVER"));

        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(
                sharing("dpo").get("/api/v1/legal-disclosures/" + id).path("status")));
        sharing("dpo").get("/api/v1/legal-disclosures/" + id).then().body("handOverChannel", equalTo("COURT_PORTAL"))
                .body("notToldReason", equalTo("CRIME_INVESTIGATION"));

        await().atMost(PATIENCE).until(() -> {
            List<String> types = given().baseUri(Platform.url("audit-service")).auth().oauth2(Tokens.user("auditor"))
                    .queryParam("subject", subject).queryParam("size", 200).get("/api/v1/trail/entries")
                    .then().statusCode(200).extract().path("items.type");
            return types.contains("org.infoshare.legal-disclosure-approved.v1")
                    && types.contains("org.infoshare.legal-disclosure-handed-over.v1");
        });
    }
}
