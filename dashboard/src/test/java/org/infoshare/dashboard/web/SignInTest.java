package org.infoshare.dashboard.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in against the real Keycloak: the authorization code flow with PKCE, each role landing on
 * its page, a partner refused, sign-out at Keycloak. The services are not running here: the
 * panels say so, and the page still stands (e2e's DashboardBrowserIT runs them all).
 */
@QuarkusTest
class SignInTest {

    private static final String BASE = "http://localhost:8185";

    @Test
    @DisplayName("a page without a session sends the browser to Keycloak's code flow with a PKCE S256 challenge")
    void redirectsToKeycloakWithPkce() {
        Response response = RestAssured.given().redirects().follow(false).get("/overview");
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.header("Location");
        assertThat(location).startsWith("http://localhost:8180/realms/infoshare/protocol/openid-connect/auth")
                .contains("response_type=code", "client_id=dashboard", "code_challenge_method=S256",
                        "code_challenge=", "redirect_uri=http%3A%2F%2Flocalhost%3A8185%2Fsigned-in");
    }

    @Test
    @DisplayName("an htmx request after the session ended gets 499, not a redirect it cannot follow")
    void scriptRequestsAreNotRedirected() {
        RestAssured.given().redirects().follow(false).header("X-Requested-With", "XMLHttpRequest")
                .get("/overview/panels/shares").then().statusCode(499);
    }

    @Test
    @DisplayName("styles, scripts (htmx from its web jar) and the signed-out page need no session")
    void publicAssets() {
        RestAssured.given().get("/style.css").then().statusCode(200);
        RestAssured.given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
        RestAssured.given().get("/webjars/htmx-ext-sse/sse.js").then().statusCode(200);
        RestAssured.given().redirects().follow(false).get("/signed-out").then().statusCode(200);
    }

    @Test
    @DisplayName("staff sign in on Keycloak's page and land on the overview, whose panels say which service is down")
    void staffLandOnOverview() throws Exception {
        HttpResponse<String> page = new CodeFlow(BASE).signIn("/", "staff");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/overview");
        assertThat(page.body()).contains("<h1>Overview</h1>", "Signed in as <strong id=\"signed-in-as\">staff</strong>")
                .contains("Not available: sharing-service could not be reached")
                .doesNotContain("href=\"/decisions\"", "href=\"/auditor\"");
    }

    @Test
    @DisplayName("an auditor lands on the audit trail page and cannot open the overview")
    void auditorLandsOnTrail() throws Exception {
        CodeFlow browser = new CodeFlow(BASE);
        HttpResponse<String> page = browser.signIn("/", "auditor");
        assertThat(page.uri().getPath()).isEqualTo("/auditor");
        assertThat(browser.get("/overview").statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("P12.3 the Chief Executive lands on the subject access requests they handle with the DPO, and cannot open the overview or the breaches")
    void chiefExecutiveLandsOnSubjectAccess() throws Exception {
        CodeFlow browser = new CodeFlow(BASE);
        HttpResponse<String> page = browser.signIn("/", "ceo");
        assertThat(page.uri().getPath()).isEqualTo("/subject-access");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Subject access requests").contains("href=\"/subject-access\"")
                .doesNotContain("href=\"/breaches\"", "href=\"/decisions\"");
        assertThat(browser.get("/overview").statusCode()).isEqualTo(403);
        assertThat(browser.get("/breaches").statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("a partner's user signs in but is refused the dashboard with a page saying why (403)")
    void partnerRefused() throws Exception {
        CodeFlow browser = new CodeFlow(BASE);
        HttpResponse<String> page = browser.signIn("/", "partner-a");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("You do not have access to the dashboard");
        assertThat(browser.get("/overview").statusCode()).isEqualTo(403);
        assertThat(browser.get("/live").statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("staff cannot reach the DPO's decisions")
    void staffNotDpo() throws Exception {
        CodeFlow browser = new CodeFlow(BASE);
        browser.signIn("/", "staff");
        assertThat(browser.get("/decisions").statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("signing out ends the session at Keycloak and comes back to the signed-out page; the next page signs in again")
    void signOut() throws Exception {
        CodeFlow browser = new CodeFlow(BASE);
        browser.signIn("/", "dpo");
        HttpResponse<String> out = browser.get("/sign-out");
        assertThat(out.uri().getPath()).isEqualTo("/signed-out");
        assertThat(out.body()).contains("You have signed out");
        HttpResponse<String> again = browser.get("/overview");
        assertThat(again.uri().getHost()).isEqualTo("localhost");
        assertThat(again.uri().getPort()).isEqualTo(8180);
    }
}
