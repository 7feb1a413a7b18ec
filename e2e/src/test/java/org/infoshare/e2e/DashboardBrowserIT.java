package org.infoshare.e2e;

import io.restassured.path.json.JsonPath;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.e2e.Journeys.giveConsent;
import static org.infoshare.e2e.Journeys.heldShare;
import static org.infoshare.e2e.Journeys.registerSubject;
import static org.infoshare.e2e.Journeys.serviceProvider;
import static org.infoshare.e2e.Journeys.sharing;

/**
 * Issue 13 in a real browser: the dashboard (code flow with PKCE at Keycloak's own login page)
 * against the four services and Keycloak, each role on its pages, live updates pushed from Kafka,
 * and axe-core finding no serious or critical violation on any page. Screenshots go to
 * docs/screenshots (the README shows them).
 */
@ExtendWith(Platform.class)
class DashboardBrowserIT {

    private static final String PARTNER = "partner-d";
    private static String subjectId;
    private static String consentId;

    @BeforeAll
    static void partnerAndConsent() {
        serviceProvider(PARTNER, null);
        subjectId = registerSubject();
        consentId = giveConsent(subjectId, List.of(PARTNER));
    }

    @Test
    @DisplayName("issue 13: staff sign in on Keycloak's page, see the overview (no DPO or auditor pages) and sign out")
    void staffOverviewAndSignOut() {
        try (Browser browser = new Browser()) {
            browser.signIn("staff");
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(Platform.dashboardUrl() + "/overview");
            assertThat(browser.heading()).isEqualTo("Overview");
            assertThat(browser.driver().findElement(By.id("signed-in-as")).getText()).isEqualTo("staff");
            assertThat(browser.driver().findElements(By.cssSelector("a[href='/decisions']"))).isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("a[href='/auditor']"))).isEmpty();
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.screenshot("overview-staff");

            browser.driver().findElement(By.id("sign-out")).click();
            browser.waitFor(By.id("sign-in-again"));
            assertThat(browser.driver().getCurrentUrl()).startsWith(Platform.dashboardUrl() + "/signed-out");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            // the session is gone: the dashboard sends the browser to Keycloak again
            browser.driver().get(Platform.dashboardUrl() + "/overview");
            browser.waitFor(By.id("username"));
        }
    }

    @Test
    @DisplayName("issue 13: the DPO's overview shows a newly held share without a reload, and the DPO approves it with a justification")
    void dpoSeesLiveShareAndApprovesIt() {
        try (Browser browser = new Browser()) {
            browser.signIn("dpo");
            assertThat(browser.heading()).isEqualTo("Overview");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("window.notReloaded = true;");

            // staff's share is held for the DPO: the event reaches the open page, which refreshes its panel
            String shareId = heldShare(PARTNER, subjectId, consentId);
            browser.waitFor(By.cssSelector("#shares #share-" + shareId));
            assertThat(js.executeScript("return window.notReloaded === true;")).isEqualTo(true);
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.screenshot("overview-dpo");

            browser.driver().findElement(By.cssSelector("a[href='/decisions']")).click();
            browser.waitFor(By.id("decide-" + shareId));
            assertThat(browser.heading()).isEqualTo("DPO decisions");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.driver().findElement(By.id("approve-" + shareId)).click();
            browser.driver().findElement(By.id("justification-" + shareId))
                    .sendKeys("Identifiable data is needed: the ward must contact the person to put things right.");
            browser.screenshot("decisions");
            browser.driver().findElement(By.id("decide-" + shareId)).click();

            browser.waitFor(By.id("decision-recorded"));
            assertThat(browser.driver().findElement(By.id("decision-recorded")).getText()).contains("approved");
            assertThat(browser.driver().findElements(By.id("share-" + shareId))).isEmpty();
            sharing("dpo").get("/api/v1/share-requests/" + shareId).then().statusCode(200)
                    .body("outcome", equalTo("APPROVED"))
                    // decided with the DPO's own token: the service records the DPO as the actor
                    .body("decidedBy", equalTo(subjectOf(Tokens.user("dpo"))));
        }
    }

    private static String subjectOf(String jwt) {
        String claims = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonPath.from(claims).getString("sub");
    }

    @Test
    @DisplayName("issue 13: an auditor verifies the trail and sees it intact with its latest signed checkpoint")
    void auditorVerifiesTrail() {
        try (Browser browser = new Browser()) {
            browser.signIn("auditor");
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(Platform.dashboardUrl() + "/auditor");
            assertThat(browser.heading()).isEqualTo("Audit trail");
            assertThat(browser.driver().findElements(By.cssSelector("a[href='/overview']"))).isEmpty();
            // audit-service signs a checkpoint every 2 s here; the page shows it once there is one
            new WebDriverWait(browser.driver(), Browser.PATIENCE).until(d -> {
                d.navigate().refresh();
                return !d.findElements(By.id("latest-checkpoint")).isEmpty();
            });
            browser.driver().findElement(By.id("verify")).click();
            browser.waitFor(By.id("verification"));
            assertThat(browser.driver().findElement(By.cssSelector("#verification [data-result]"))
                    .getAttribute("data-result")).isEqualTo("ok");
            assertThat(browser.driver().findElement(By.id("verification")).getText())
                    .contains("Verified: the trail is intact");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.screenshot("auditor");
        }
    }

    @Test
    @DisplayName("issue 13: a partner's user signs in but cannot reach the dashboard")
    void partnerRefused() {
        try (Browser browser = new Browser()) {
            browser.signIn("partner-a");
            assertThat(browser.heading()).isEqualTo("You do not have access to the dashboard");
            assertThat(browser.driver().findElements(By.tagName("nav"))).isEmpty();
            browser.driver().get(Platform.dashboardUrl() + "/overview");
            assertThat(browser.heading()).isEqualTo("You do not have access to the dashboard");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.screenshot("partner-refused");
        }
    }
}
