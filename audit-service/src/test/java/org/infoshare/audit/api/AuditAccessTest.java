package org.infoshare.audit.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.testing.AuthenticationContract;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** Only auditors read the trail, with real tokens from Keycloak. */
@QuarkusTest
class AuditAccessTest extends AuthenticationContract {

    private static final String ENTRIES = "/api/v1/trail/entries";

    @Override
    protected String protectedPath() {
        return ENTRIES;
    }

    @Override
    protected String allowedUser() {
        return "auditor";
    }

    @Test
    @DisplayName("staff, the DPO, partners and users without a role may not read the trail")
    void otherRolesAreForbidden() {
        for (String user : new String[] {"staff", "dpo", "partner-a", "norole"}) {
            assertProblem(given().auth().oauth2(Tokens.user(user)).get(ENTRIES), 403, "forbidden");
        }
        assertProblem(given().auth().oauth2(Tokens.client("consent-service")).get(ENTRIES), 403);
    }

    @Test
    @DisplayName("an auditor reads the trail; bad paging answers a problem")
    void auditorReadsTheTrail() {
        given().auth().oauth2(Tokens.user("auditor")).get(ENTRIES).then().statusCode(200);
        assertProblem(given().auth().oauth2(Tokens.user("auditor")).get(ENTRIES + "?size=0"), 400,
                "validation-failed");
        assertProblem(given().auth().oauth2(Tokens.user("auditor")).get(ENTRIES + "?page=abc"), 404);
    }
}
