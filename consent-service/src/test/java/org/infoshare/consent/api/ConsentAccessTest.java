package org.infoshare.consent.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** The role matrix of consents and information sheets with real tokens: staff and DPO only. */
@QuarkusTest
class ConsentAccessTest {

    @Test
    @DisplayName("P6.1 auditors, partners, partner systems, services and users without a role are refused on every consent endpoint")
    void onlyStaffAndDpo() {
        String consentId = ConsentRequests.give(ConsentRequests.consent());
        String sheetId = ConsentRequests.publishSheet();
        List<String[]> calls = List.of(
                new String[] {"GET", "/api/v1/consents"},
                new String[] {"GET", "/api/v1/consents/" + consentId},
                new String[] {"POST", "/api/v1/consents"},
                new String[] {"POST", "/api/v1/consents/" + consentId + "/withdrawals"},
                new String[] {"POST", "/api/v1/consents/" + consentId + "/reconfirmations"},
                new String[] {"GET", "/api/v1/information-sheets"},
                new String[] {"GET", "/api/v1/information-sheets/" + sheetId},
                new String[] {"POST", "/api/v1/information-sheets"});
        for (String token : new String[] {Tokens.user("auditor"), Tokens.user("partner-a"), Tokens.user("norole"),
                Tokens.client("partner-a-system"), Tokens.client("sharing-service")}) {
            for (String[] call : calls) {
                var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of());
                assertProblem(call[0].equals("GET") ? request.get(call[1]) : request.post(call[1]), 403);
            }
        }
        for (String user : new String[] {"staff", "dpo"}) {
            given().auth().oauth2(Tokens.user(user)).get("/api/v1/consents/" + consentId).then().statusCode(200);
            given().auth().oauth2(Tokens.user(user)).get("/api/v1/information-sheets/" + sheetId).then().statusCode(200);
        }
        for (String[] call : calls) {
            var request = given().contentType(ContentType.JSON).body(Map.of());
            assertProblem(call[0].equals("GET") ? request.get(call[1]) : request.post(call[1]), 401);
        }
    }

    @Test
    @DisplayName("P6.5 publishing a piece of work again gives its next version, with a content hash")
    void informationSheetsAreVersioned() {
        Map<String, Object> sheet = Map.of("pieceOfWork", "gp-access-survey", "title", "GP access", "text", "v1 text");
        int first = given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(sheet)
                .post("/api/v1/information-sheets").then().statusCode(201).extract().path("version");
        given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.JSON)
                .body(Map.of("pieceOfWork", "gp-access-survey", "title", "GP access", "documentReference", "doc-17"))
                .post("/api/v1/information-sheets").then().statusCode(201)
                .body("version", org.hamcrest.Matchers.equalTo(first + 1))
                .body("contentHash", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"));
        assertProblem(given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .body(Map.of("pieceOfWork", "gp-access-survey", "title", "empty")).post("/api/v1/information-sheets"), 400);
    }
}
