package org.infoshare.breach.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.infoshare.testing.AuthenticationContract;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.infoshare.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;

/** The role rules of the service README's endpoint table, with real tokens from Keycloak. */
@QuarkusTest
class BreachAccessTest extends AuthenticationContract {

    @Override
    protected String protectedPath() {
        return "/api/v1/breaches";
    }

    @Override
    protected String allowedUser() {
        return "staff";
    }

    @Test
    @DisplayName("anonymous reads and writes are both refused with 401 and a problem body")
    void anonymousCallsOfEveryKindAreUnauthenticated() {
        assertProblem(given().get("/api/v1/breaches"), 401, "unauthenticated");
        assertProblem(given().contentType(ContentType.JSON).body(BreachReports.valid()).post("/api/v1/breaches"), 401);
    }

    @Test
    @DisplayName("the auditor role and a user with no role may neither list nor report breaches")
    void wrongRoleIsForbidden() {
        for (String user : new String[] {"auditor", "norole"}) {
            assertProblem(given().auth().oauth2(Tokens.user(user)).get("/api/v1/breaches"), 403, "forbidden");
            assertProblem(given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON)
                    .body(BreachReports.valid()).post("/api/v1/breaches"), 403);
        }
    }

    @Test
    @DisplayName("staff and the DPO report and list breaches")
    void staffAndDpoMayReportAndList() {
        for (String user : new String[] {"staff", "dpo"}) {
            given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(BreachReports.valid())
                    .post("/api/v1/breaches").then().statusCode(201);
            given().auth().oauth2(Tokens.user(user)).get("/api/v1/breaches").then().statusCode(200);
        }
    }

    @Test
    @DisplayName("a partner sees only the breaches it reported itself; another partner's report is not found")
    void partnerSeesOnlyItsOwnReports() {
        String own = given().auth().oauth2(Tokens.user("partner-a")).contentType(ContentType.JSON)
                .body(BreachReports.valid()).post("/api/v1/breaches")
                .then().statusCode(201).body("reporterKind", equalTo("PARTNER"))
                .body("reporterPartnerId", equalTo("partner-a")).extract().path("id");

        given().auth().oauth2(Tokens.user("partner-a")).get("/api/v1/breaches/" + own).then().statusCode(200);
        given().auth().oauth2(Tokens.user("partner-a")).get("/api/v1/breaches?size=200")
                .then().statusCode(200).body("items.reporterPartnerId", everyItem(equalTo("partner-a")));
        assertProblem(given().auth().oauth2(Tokens.user("partner-b")).get("/api/v1/breaches/" + own), 404);
        given().auth().oauth2(Tokens.client("partner-b-system")).get("/api/v1/breaches?size=200")
                .then().statusCode(200).body("items.reporterPartnerId", everyItem(equalTo("partner-b")));
    }
}
