package org.infoshare.sharing.api;

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
class SafeguardingAccessTest extends AuthenticationContract {

    private static final String REFERRALS = "/api/v1/safeguarding-referrals";

    @Override
    protected String protectedPath() {
        return REFERRALS;
    }

    @Override
    protected String allowedUser() {
        return "dpo";
    }

    @Test
    @DisplayName("anonymous reads and writes are both refused with 401 and a problem body")
    void anonymousCallsOfEveryKindAreUnauthenticated() {
        assertProblem(given().get(REFERRALS), 401, "unauthenticated");
        assertProblem(given().contentType(ContentType.JSON).body(SafeguardingReferrals.valid()).post(REFERRALS), 401);
    }

    @Test
    @DisplayName("auditors, partners and users without a role may not refer; only the DPO lists referrals")
    void otherRolesAreForbidden() {
        for (String token : new String[] {Tokens.user("auditor"), Tokens.user("partner-a"), Tokens.user("norole"),
                Tokens.client("partner-b-system")}) {
            assertProblem(given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(SafeguardingReferrals.valid()).post(REFERRALS), 403, "forbidden");
            assertProblem(given().auth().oauth2(token).get(REFERRALS), 403);
        }
        assertProblem(given().auth().oauth2(Tokens.user("staff")).get(REFERRALS), 403);
    }

    @Test
    @DisplayName("P3.1 staff refer without any consent on record, and the DPO sees the referral at once")
    void staffReferAndTheDpoIsTold() {
        String id = given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .body(SafeguardingReferrals.valid()).post(REFERRALS).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.user("staff")).get(REFERRALS + "/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.user("dpo")).get(REFERRALS + "?size=200").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
    }
}
