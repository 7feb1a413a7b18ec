package org.infoshare.consent.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.infoshare.testing.AuthenticationContract;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** The role rules of the service README's endpoint table, with real tokens from Keycloak. */
@QuarkusTest
class SubjectAccessAccessTest extends AuthenticationContract {

    private static final String REQUESTS = "/api/v1/subject-access-requests";

    @Override
    protected String protectedPath() {
        return REQUESTS;
    }

    @Override
    protected String allowedUser() {
        return "staff";
    }

    @Test
    @DisplayName("anonymous reads and writes are both refused with 401 and a problem body")
    void anonymousCallsOfEveryKindAreUnauthenticated() {
        assertProblem(given().get(REQUESTS), 401, "unauthenticated");
        assertProblem(given().contentType(ContentType.JSON).body(SubjectAccessRequests.valid()).post(REQUESTS), 401);
    }

    @Test
    @DisplayName("auditors, partners, partner systems and users without a role may neither record nor list requests")
    void otherRolesAreForbidden() {
        for (String token : new String[] {Tokens.user("auditor"), Tokens.user("partner-a"), Tokens.user("norole"),
                Tokens.client("partner-a-system")}) {
            assertProblem(given().auth().oauth2(token).get(REQUESTS), 403, "forbidden");
            assertProblem(given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(SubjectAccessRequests.valid()).post(REQUESTS), 403);
        }
    }

    @Test
    @DisplayName("staff and the DPO record, read and list subject access requests")
    void staffAndDpoMayRecordAndList() {
        for (String user : new String[] {"staff", "dpo"}) {
            String id = given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON)
                    .body(SubjectAccessRequests.valid()).post(REQUESTS).then().statusCode(201).extract().path("id");
            given().auth().oauth2(Tokens.user(user)).get(REQUESTS + "/" + id).then().statusCode(200);
            given().auth().oauth2(Tokens.user(user)).get(REQUESTS).then().statusCode(200);
        }
    }
}
