package org.infoshare.breach.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.infoshare.testing.AuthenticationContract;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

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
                .body(BreachReports.partnerReport()).post("/api/v1/breaches")
                .then().statusCode(201).body("reporterKind", equalTo("PARTNER"))
                .body("reporterPartnerId", equalTo("partner-a")).extract().path("id");

        given().auth().oauth2(Tokens.user("partner-a")).get("/api/v1/breaches/" + own).then().statusCode(200);
        given().auth().oauth2(Tokens.user("partner-a")).get("/api/v1/breaches?size=200")
                .then().statusCode(200).body("items.reporterPartnerId", everyItem(equalTo("partner-a")));
        assertProblem(given().auth().oauth2(Tokens.user("partner-b")).get("/api/v1/breaches/" + own), 404);
        given().auth().oauth2(Tokens.client("partner-b-system")).get("/api/v1/breaches?size=200")
                .then().statusCode(200).body("items.reporterPartnerId", everyItem(equalTo("partner-b")));
    }

    @Test
    @DisplayName("P14.2 only the DPO assesses, reports to the ICO and exports; staff read assessments; partners and auditors get 403")
    void dpoOnlyForAssessmentAndIcoReports() {
        String id = BreachReports.report("staff", BreachReports.valid());
        String breach = "/api/v1/breaches/" + id;
        for (String user : new String[] {"staff", "partner-a", "auditor", "norole"}) {
            assertProblem(as(user).body(BreachReports.assessment("LIKELY", "SEVERE")).post(breach + "/assessments"),
                    403, "forbidden");
            assertProblem(as(user).body(Map.of("kind", "INITIAL")).post(breach + "/ico-reports"), 403, "forbidden");
            assertProblem(as(user).get(breach + "/ico-reports/draft"), 403, "forbidden");
            assertProblem(as(user).get(breach + "/ico-reports"), 403, "forbidden");
        }
        assertProblem(given().auth().oauth2(Tokens.client("partner-a-system")).contentType(ContentType.JSON)
                .body(BreachReports.assessment("LIKELY", "SEVERE")).post(breach + "/assessments"), 403, "forbidden");
        BreachReports.assess(id, "LIKELY", "SEVERE");
        String report = BreachReports.initialIcoReport(id);
        as("dpo").get(breach + "/ico-reports/" + report).then().statusCode(200);
        as("dpo").get(breach + "/ico-reports/" + report + "/print").then().statusCode(200);
        for (String user : new String[] {"staff", "partner-a", "auditor"}) {
            assertProblem(as(user).get(breach + "/ico-reports/" + report), 403, "forbidden");
            assertProblem(as(user).get(breach + "/ico-reports/" + report + "/print"), 403);
        }
        as("staff").get(breach + "/assessments").then().statusCode(200).body("size()", equalTo(1));
        for (String user : new String[] {"partner-a", "auditor", "norole"}) {
            assertProblem(as(user).get(breach + "/assessments"), 403, "forbidden");
        }
    }

    @Test
    @DisplayName("P14.3 P14.4 the DPO prepares notices, records actions and closes; staff read them, mark notices sent and actions done; partners get 403")
    void noticesAndActions() {
        String id = BreachReports.report("staff", BreachReports.valid());
        String breach = "/api/v1/breaches/" + id;
        BreachReports.assess(id, "LIKELY", "SEVERE");
        for (String user : new String[] {"staff", "partner-a", "auditor", "norole"}) {
            assertProblem(as(user).body(BreachWorkflowTest.notices()).post(breach + "/notices"), 403, "forbidden");
            assertProblem(as(user).body(BreachReports.action("PREVENTION")).post(breach + "/actions"), 403, "forbidden");
            assertProblem(as(user).post(breach + "/close"), 403, "forbidden");
        }
        as("dpo").body(BreachWorkflowTest.notices()).post(breach + "/notices").then().statusCode(201);
        String action = as("dpo").body(BreachReports.action("PREVENTION")).post(breach + "/actions")
                .then().statusCode(201).extract().path("id");
        for (String user : new String[] {"staff", "dpo"}) {
            as(user).get(breach + "/notices").then().statusCode(200);
            as(user).get(breach + "/actions").then().statusCode(200).body("size()", equalTo(1));
            as(user).get(breach + "/affected").then().statusCode(200);
        }
        for (String user : new String[] {"partner-a", "auditor", "norole"}) {
            assertProblem(as(user).get(breach + "/notices"), 403, "forbidden");
            assertProblem(as(user).get(breach + "/actions"), 403, "forbidden");
            assertProblem(as(user).get(breach + "/affected"), 403, "forbidden");
            assertProblem(as(user).body(Map.of("outcome", "x")).post(breach + "/actions/" + action + "/done"), 403,
                    "forbidden");
            assertProblem(as(user).body(Map.of("channel", "LETTER"))
                    .post(breach + "/notices/" + UUID.randomUUID() + "/sent"), 403, "forbidden");
        }
        as("staff").body(Map.of("outcome", "Cause found: autocomplete picked the wrong address"))
                .post(breach + "/actions/" + action + "/done").then().statusCode(200);
    }

    @Test
    @DisplayName("P14.1 a partner reporting through the partner API sees its own report but not who it affects")
    void partnerReportsButDoesNotTrace() {
        String own = given().auth().oauth2(Tokens.client("partner-a-system")).contentType(ContentType.JSON)
                .body(BreachReports.partnerReport()).post("/api/v1/breaches").then().statusCode(201)
                .body("reporterPartnerId", equalTo("partner-a")).extract().path("id");
        given().auth().oauth2(Tokens.user("partner-a")).get("/api/v1/breaches/" + own).then().statusCode(200)
                .body("clock.running", equalTo(true));
        assertProblem(as("partner-a").get("/api/v1/breaches/" + own + "/affected"), 403, "forbidden");
        assertProblem(as("partner-b").get("/api/v1/breaches/" + own), 404);
        assertProblem(given().auth().oauth2(Tokens.client("partner-b-system")).get("/api/v1/breaches/" + own), 404);
    }

    @Test
    @DisplayName("Art33(5) only the DPO lists and exports the internal breach log")
    void breachLogIsTheDpos() {
        as("dpo").get("/api/v1/breach-log").then().statusCode(200);
        given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/breach-log/export").then().statusCode(200);
        for (String user : new String[] {"staff", "partner-a", "auditor", "norole"}) {
            assertProblem(as(user).get("/api/v1/breach-log"), 403, "forbidden");
            assertProblem(given().auth().oauth2(Tokens.user(user)).get("/api/v1/breach-log/export"), 403);
        }
        assertProblem(given().get("/api/v1/breach-log"), 401, "unauthenticated");
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }
}
