package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** P12.3: the Chief Executive handles access-to-information requests in consent-service, and decides no share here. */
@QuarkusTest
class ChiefExecutiveAccessTest {

    @Test
    @DisplayName("P12.3 the Chief Executive (ceo) gets 403 on deciding, requesting and reading shares")
    void chiefExecutiveDecidesNoShare() {
        String ceo = Tokens.user("ceo");
        String some = UUID.randomUUID().toString();
        given().auth().oauth2(ceo).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/share-requests/" + some + "/dpo-decision").then().statusCode(403);
        given().auth().oauth2(ceo).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/share-requests").then().statusCode(403);
        given().auth().oauth2(ceo).get("/api/v1/share-requests").then().statusCode(403);
        given().auth().oauth2(ceo).get("/api/v1/releases").then().statusCode(403);
        given().auth().oauth2(ceo).get("/api/v1/partners").then().statusCode(403);
    }
}
