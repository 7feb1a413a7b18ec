package org.infoshare.consent.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * P12.3 with the realm's {@code ceo} user (role {@code chief-executive}): the Chief Executive
 * handles access-to-information requests with the DPO, and nothing else here.
 */
@QuarkusTest
class ChiefExecutiveTest {

    private static final String REQUESTS = "/api/v1/subject-access-requests";

    @Test
    @DisplayName("P12.3 the Chief Executive records a subject access request, extends it and logs an FOI request")
    void chiefExecutiveHandlesAccessToInformationRequests() {
        String ceo = Tokens.user("ceo");
        String id = given().auth().oauth2(ceo).contentType(ContentType.JSON).body(SubjectAccessRequests.valid())
                .post(REQUESTS).then().statusCode(201).extract().path("id");
        given().auth().oauth2(ceo).contentType(ContentType.JSON).body(Map.of("method", "PHOTO_ID"))
                .post(REQUESTS + "/" + id + "/identity-verification").then().statusCode(200);
        given().auth().oauth2(ceo).contentType(ContentType.JSON)
                .body(Map.of("months", 1, "reason", "records in several services"))
                .post(REQUESTS + "/" + id + "/extension").then().statusCode(200).body("extensionMonths", equalTo(1));
        given().auth().oauth2(ceo).get(REQUESTS + "/" + id + "/answer").then().statusCode(200);
        given().auth().oauth2(ceo).contentType(ContentType.JSON)
                .body(Map.of("receivedAt", "2026-01-10T09:00:00Z", "summary", "Numbers of complaints in 2025",
                        "contractId", "hw-west-northants", "handedOverAt", "2026-01-11T09:00:00Z"))
                .post("/api/v1/foi-requests").then().statusCode(201);
        given().auth().oauth2(ceo).get("/api/v1/foi-requests").then().statusCode(200);
    }

    @Test
    @DisplayName("P12.3 the Chief Executive gets 403 on consents, the vault and legal disclosures")
    void chiefExecutiveIsRefusedElsewhere() {
        String ceo = Tokens.user("ceo");
        given().auth().oauth2(ceo).get("/api/v1/consents").then().statusCode(403);
        given().auth().oauth2(ceo).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/subjects").then().statusCode(403);
        given().auth().oauth2(ceo).get("/api/v1/legal-disclosures").then().statusCode(403);
        given().auth().oauth2(ceo).get("/api/v1/staff/outstanding").then().statusCode(403);
    }
}
