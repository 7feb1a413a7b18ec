package org.infoshare.e2e;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.e2e.Journeys.approvedRelease;
import static org.infoshare.e2e.Journeys.consent;
import static org.infoshare.e2e.Journeys.giveConsent;
import static org.infoshare.e2e.Journeys.passedOnward;
import static org.infoshare.e2e.Journeys.pharmacy;
import static org.infoshare.e2e.Journeys.registerSubject;
import static org.infoshare.e2e.Journeys.serviceProvider;
import static org.infoshare.e2e.Journeys.sharing;

/**
 * Issue 13 in a real browser: the withdrawal page (every recipient record, the onward child nested
 * under its parent, answers arriving live), the overview's panels for re-confirmations, protocols
 * due for review, declared conflicts and escalations, and the dashboard driven by keyboard alone
 * with a visible focus.
 */
@ExtendWith(Platform.class)
class WithdrawalPageBrowserIT {

    @Test
    @DisplayName("issue 13: staff open a withdrawal and see every recipient, the onward child nested under its parent, and the partners' answers arrive without a reload")
    void withdrawalPage() {
        serviceProvider("partner-c", null);
        serviceProvider("partner-d", null);
        pharmacy("partner-b", null); // the onward recipient, under the pharmacies' current guidance (P1.3)
        String subject = registerSubject();
        String consentId = giveConsent(subject, List.of("partner-b", "partner-c", "partner-d"));
        String atC = approvedRelease("partner-c", subject, consentId, "withdrawal-page");
        String atD = approvedRelease("partner-d", subject, consentId, "withdrawal-page");
        String child = passedOnward("partner-c", atC, "partner-b");

        consent("staff").body(Map.of("whole", true, "channel", "PHONE", "notes", "Rang to withdraw everything"))
                .post("/api/v1/consents/" + consentId + "/withdrawals").then().statusCode(200);
        await("the withdrawal reaches all three recipient records").atMost(Journeys.PATIENCE).untilAsserted(() ->
                sharing("staff").get("/api/v1/withdrawal-propagations/" + consentId).then().statusCode(200)
                        .body("total", equalTo(3)));

        try (Browser browser = new Browser()) {
            browser.signIn("staff");
            // the overview's propagations panel links to a withdrawal's page
            WebElement link = browser.waitFor(By.cssSelector("#propagations a.withdrawal-link"));
            assertThat(link.getAttribute("href")).matches(".*/withdrawals/[0-9a-f-]{36}");

            browser.driver().get(Platform.dashboardUrl() + "/withdrawals/" + consentId);
            assertThat(browser.heading()).startsWith("Withdrawal of consent").contains(consentId);
            WebElement top = browser.waitFor(recipient(atC));
            assertThat(top.findElements(By.cssSelector(":scope > ul > li[data-release='" + child + "']")))
                    .as("the onward child nested under the release it was passed on from").hasSize(1);
            assertThat(top.findElement(By.cssSelector(":scope > ul > li")).getText()).contains("onward from partner-c");
            assertThat(browser.driver().findElements(By.cssSelector("#withdrawal-recipients > ul > li")))
                    .extracting(e -> e.getAttribute("data-release")).containsExactlyInAnyOrder(atC, atD);
            assertThat(browser.driver().findElement(By.id("withdrawal-summary")).getAttribute("data-answered"))
                    .isEqualTo("0");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("window.notReloaded = true;");

            // the partners answer while the page is open: their events refresh it
            answer("partner-d", atD, Map.of("response", "CEASED_DELETED"));
            answer("partner-b", child, Map.of("response", "CONTINUING", "lawfulBasis", "C",
                    "justification", "The coroner's order requires the pharmacy to keep the record"));
            browser.waitFor(By.cssSelector("li[data-release='" + child + "'][data-standing='Answered']"));
            browser.waitFor(By.cssSelector("li[data-release='" + atD + "'][data-standing='Answered']"));
            assertThat(js.executeScript("return window.notReloaded === true;")).isEqualTo(true);
            WebElement answered = browser.driver().findElement(recipient(child));
            assertThat(answered.findElement(By.cssSelector(".answer")).getText()).startsWith("continuing");
            assertThat(answered.findElement(By.cssSelector(".lawful-condition")).getText()).isEqualTo("Art6(1)(c)");
            assertThat(answered.findElement(By.cssSelector(".justification")).getText())
                    .isEqualTo("The coroner's order requires the pharmacy to keep the record");
            assertThat(answered.findElement(By.cssSelector(".delivery")).getText()).contains("attempt");
            assertThat(browser.driver().findElement(recipient(atC)).getAttribute("data-standing")).isEqualTo("Waiting");
            assertThat(browser.driver().findElement(By.id("withdrawal-summary")).getText()).contains("2 of 3");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.screenshot("withdrawal");
        }
    }

    @Test
    @DisplayName("issue 13: the overview shows consents due for re-confirmation, protocols due for review, declared conflicts and escalations")
    void overviewPanels() {
        try (Browser browser = new Browser()) {
            browser.signIn("dpo");
            for (String panel : List.of("reconfirmations", "protocols-due", "conflicts", "escalations")) {
                WebElement content = browser.waitFor(By.id(panel));
                assertThat(content.findElements(By.cssSelector(".notice"))).as(panel + " answered by its services")
                        .isEmpty();
                assertThat(content.findElements(By.cssSelector("[data-count]"))).as(panel).isNotEmpty();
                assertThat(browser.driver().findElement(By.id(panel + "-heading")).getText()).isNotBlank();
            }
            assertThat(browser.driver().getPageSource()).doesNotContain("Not on this page yet");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
    }

    @Test
    @DisplayName("issue 13 keyboard: the skip link, nav links, a form and sign-out are reached and operated with Tab and Enter alone, each with a visible focus")
    void keyboardOnly() {
        try (Browser browser = new Browser()) {
            browser.signIn("dpo");
            WebElement skip = tabTo(browser, By.cssSelector("a.skip"));
            assertVisibleFocus(browser, skip);
            enter(browser);
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("main");

            browser.driver().navigate().refresh();
            browser.waitFor(By.tagName("h1"));
            assertVisibleFocus(browser, tabTo(browser, By.cssSelector("nav a[href='/decisions']")));
            enter(browser);
            new WebDriverWait(browser.driver(), Browser.PATIENCE).until(d -> browser.heading().equals("DPO decisions"));
            assertVisibleFocus(browser, tabTo(browser, By.cssSelector("nav a[href='/overview']")));
            enter(browser);
            new WebDriverWait(browser.driver(), Browser.PATIENCE).until(d -> browser.heading().equals("Overview"));
            assertVisibleFocus(browser, tabTo(browser, By.id("sign-out")));
            enter(browser);
            browser.waitFor(By.id("sign-in-again"));
        }
        try (Browser browser = new Browser()) {
            browser.signIn("auditor");
            WebElement from = tabTo(browser, By.id("from"));
            assertVisibleFocus(browser, from);
            assertVisibleFocus(browser, tabTo(browser, By.id("verify")));
            enter(browser);
            browser.waitFor(By.id("verification"));
            assertThat(browser.driver().getCurrentUrl()).contains("verify=1");
        }
    }

    private static By recipient(String releaseId) {
        return By.cssSelector("li.recipient[data-release='" + releaseId + "']");
    }

    /** The partner polls for its notification of the release and answers it. */
    private static void answer(String partner, String releaseId, Map<String, Object> answer) {
        List<Map<String, Object>> polled = sharing(partner).queryParam("open", true).queryParam("size", 200)
                .get("/api/v1/partner/notifications").then().statusCode(200).extract().path("items");
        Object id = polled.stream().filter(n -> releaseId.equals(n.get("releaseId"))).findFirst()
                .orElseThrow(() -> new AssertionError(partner + " does not see its notification")).get("id");
        sharing(partner).body(answer).post("/api/v1/partner/notifications/" + id + "/answer").then().statusCode(200);
    }

    /** Presses Tab until the element has the focus (at most 60 times), from wherever the focus is. */
    private static WebElement tabTo(Browser browser, By target) {
        WebElement wanted = browser.driver().findElement(target);
        for (int i = 0; i < 60; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            if (browser.driver().switchTo().activeElement().equals(wanted)) {
                return wanted;
            }
        }
        throw new AssertionError("Tab never reached " + target);
    }

    private static void enter(Browser browser) {
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    }

    /** The focused element shows it: an outline or a box shadow (the style sheet's :focus-visible). */
    private static void assertVisibleFocus(Browser browser, WebElement element) {
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(element);
        String outline = element.getCssValue("outline-style");
        String shadow = element.getCssValue("box-shadow");
        assertThat(!"none".equals(outline) || !"none".equals(shadow))
                .as("visible focus on " + element.getTagName() + ": outline " + outline + ", box-shadow " + shadow)
                .isTrue();
    }
}
