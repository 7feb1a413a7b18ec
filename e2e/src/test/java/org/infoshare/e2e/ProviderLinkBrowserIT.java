package org.infoshare.e2e;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.e2e.Journeys.PATIENCE;
import static org.infoshare.e2e.Journeys.approvedRelease;
import static org.infoshare.e2e.Journeys.consent;
import static org.infoshare.e2e.Journeys.giveConsent;
import static org.infoshare.e2e.Journeys.registerSubject;
import static org.infoshare.e2e.Journeys.serviceProvider;
import static org.infoshare.e2e.Journeys.sharing;

/**
 * Issue 13 item 4b in a real browser: a withdrawal reaches a provider without an API (no webhook);
 * the notice staff send it carries a signed link; the provider opens it without signing in and
 * answers with its lawful condition; the answer is the partner's, as the staff API shows; the link
 * then says it was already used. axe-core finds no serious or critical violation on either page.
 */
@ExtendWith(Platform.class)
class ProviderLinkBrowserIT {

    private static final String PARTNER = "partner-d"; // registered without a webhook
    private static final Pattern LINK = Pattern.compile(
            Pattern.quote("http://localhost:" + Platform.DASHBOARD_PORT) + "/provider/[A-Za-z0-9_-]{43}");

    @Test
    @DisplayName("issue 13 4b: a small provider answers a withdrawal notice through its signed link, once, without an account")
    void providerAnswersThroughItsLink() {
        serviceProvider(PARTNER, null);
        String subjectId = registerSubject();
        String consentId = giveConsent(subjectId, List.of(PARTNER));
        String releaseId = approvedRelease(PARTNER, subjectId, consentId, "link-" + Journeys.marker());
        consent("staff").body(Map.of("whole", true, "channel", "LETTER", "notes", "Wrote to withdraw everything"))
                .post("/api/v1/consents/" + consentId + "/withdrawals").then().statusCode(200);

        String notificationId = await("the recipient notified").atMost(PATIENCE).until(() -> sharing("staff")
                .queryParam("releaseId", releaseId).get("/api/v1/recipient-notifications").then().statusCode(200)
                .extract().<String>path("items[0].id"), id -> id != null);
        // the notice staff post or e-mail to the provider: its text carries the link (never a log)
        String url = await("the provider's notice").atMost(PATIENCE).until(() -> linkIn(notificationId), u -> u != null);

        Platform.dashboardUrl(); // starts the dashboard the link points at
        try (Browser browser = new Browser()) {
            browser.driver().get(url);
            browser.waitFor(By.id("answer-form"));
            assertThat(browser.heading()).isEqualTo("Withdrawal notice: your answer is requested");
            assertThat(browser.driver().findElement(By.id("partner-name")).getText()).isEqualTo("Organisation " + PARTNER);
            assertThat(browser.driver().findElement(By.id("release-id")).getText()).isEqualTo(releaseId);
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            // continuing without a lawful condition is refused in words, and nothing is recorded
            browser.driver().findElement(By.id("response-continuing")).click();
            browser.driver().findElement(By.id("send-answer")).click();
            browser.waitFor(By.id("refusal"));
            assertThat(browser.driver().findElement(By.id("refusal")).getText()).contains("Not recorded");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            new Select(browser.driver().findElement(By.id("lawful-basis"))).selectByValue("E");
            browser.driver().findElement(By.id("justification"))
                    .sendKeys("The council's safeguarding review in progress needs the themes until it closes.");
            // the page from the top, with the answer filled in
            ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
            browser.screenshot("provider-link");
            browser.driver().findElement(By.id("send-answer")).click();
            browser.waitFor(By.id("provider-link-done"));
            assertThat(browser.heading()).isEqualTo("Answer recorded");
            assertThat(browser.driver().findElement(By.id("provider-link-done")).getText()).contains("continuing");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            // the answer is the partner's, as staff see it
            sharing("staff").queryParam("releaseId", releaseId).get("/api/v1/recipient-notifications").then()
                    .statusCode(200).body("items[0].response", equalTo("CONTINUING"))
                    .body("items[0].lawfulCondition", equalTo("Art6(1)(e)"));

            // the link works once
            browser.driver().get(url);
            browser.waitFor(By.id("link-state"));
            assertThat(browser.heading()).isEqualTo("This link has already been used");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
    }

    /** The link in the provider's notice about this notification, or null while there is none. */
    private static String linkIn(String notificationId) {
        List<Map<String, Object>> notices = sharing("staff").queryParam("partnerId", PARTNER)
                .get("/api/v1/provider-notices").then().statusCode(200).extract().path("$");
        return notices.stream().filter(n -> notificationId.equals(n.get("targetId"))).findFirst().map(n -> {
            Matcher link = LINK.matcher((String) n.get("text"));
            return link.find() ? link.group() : null;
        }).orElse(null);
    }
}
