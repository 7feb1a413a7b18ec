package org.infoshare.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.e2e.Journeys.CATEGORIES;
import static org.infoshare.e2e.Journeys.PATIENCE;
import static org.infoshare.e2e.Journeys.PURPOSE;
import static org.infoshare.e2e.Journeys.breach;
import static org.infoshare.e2e.Journeys.consent;
import static org.infoshare.e2e.Journeys.informationSheet;
import static org.infoshare.e2e.Journeys.releaseOf;
import static org.infoshare.e2e.Journeys.serviceProvider;
import static org.infoshare.e2e.Journeys.sharing;

/**
 * Issue 13, staff work, in a real browser against the four services and Keycloak: staff (signed
 * in on Keycloak's page) record a person, their consent to a partner, a share under it and a
 * withdrawal taken by phone, and watch the overview show the withdrawal's propagation until the
 * partner answers, without a reload; bad input is shown in words and creates nothing; a breach is
 * reported. axe-core finds no serious or critical violation on any form.
 */
@ExtendWith(Platform.class)
class StaffWorkBrowserIT {

    private static final String PARTNER = "partner-d";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @BeforeAll
    static void partner() {
        serviceProvider(PARTNER, null);
    }

    @Test
    @DisplayName("issue 13: staff record a person, a consent to a partner, a share and a withdrawal by phone; the overview shows "
            + "its propagation and, once the partner answers, the propagation complete without a reload")
    void personConsentShareWithdrawalAndPropagation() {
        String sheetId = informationSheet();
        try (Browser browser = new Browser()) {
            browser.signIn("staff");
            browser.driver().findElement(By.cssSelector("nav a[href='/staff']")).click();
            assertThat(browser.heading()).isEqualTo("Staff work");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            // a person
            browser.driver().findElement(By.id("go-person")).click();
            assertThat(browser.heading()).isEqualTo("Record a person");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            String unique = UUID.randomUUID().toString().substring(0, 8);
            type(browser, "givenName", "Mary" + unique);
            type(browser, "familyName", "Seacole" + unique);
            type(browser, "email", "mary." + unique + "@example.org");
            browser.driver().findElement(By.id("capacity-HAS_CAPACITY")).click();
            browser.driver().findElement(By.id("record-person-submit")).click();
            String subjectId = browser.waitFor(By.cssSelector("#recorded [data-subject-id]")).getAttribute("data-subject-id");
            // POST-redirect-GET: the confirmation is a page of its own, its address naming no one
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(Platform.dashboardUrl() + "/staff/person?recorded=" + subjectId)
                    .doesNotContain(unique);

            // their consent to the partner, with the information sheet version and how it was captured
            browser.driver().findElement(By.id("record-consent")).click();
            assertThat(browser.heading()).isEqualTo("Record a consent");
            assertThat(browser.driver().findElement(By.id("subjectId")).getAttribute("value")).isEqualTo(subjectId);
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            // the sheet's piece of work narrows the list to its versions; the person stays chosen
            type(browser, "pieceOfWork", consent("staff").get("/api/v1/information-sheets/" + sheetId).then()
                    .statusCode(200).extract().<String>path("pieceOfWork"));
            browser.driver().findElement(By.id("find-sheets")).click();
            new WebDriverWait(browser.driver(), Browser.PATIENCE).until(d -> d.getCurrentUrl().contains("pieceOfWork="));
            assertThat(browser.driver().findElement(By.id("subjectId")).getAttribute("value")).isEqualTo(subjectId);
            new Select(browser.driver().findElement(By.id("informationSheetId"))).selectByValue(sheetId);
            type(browser, "purposes", PURPOSE);
            type(browser, "dataCategories", "experience, service-used, health");
            type(browser, "recipientPartnerIds", PARTNER);
            type(browser, "handling", "Pseudonymised before release; kept 2 years by recipients.");
            new Select(browser.driver().findElement(By.id("lawfulBasis"))).selectByValue("A");
            new Select(browser.driver().findElement(By.id("article9Condition"))).selectByValue("A");
            browser.driver().findElement(By.id("captureChannel-VERBAL")).click();
            setValue(browser, "takenAt", londonLocal(LocalDateTime.now(LONDON).minusMinutes(2)));
            type(browser, "captureNotes", "Read the sheet aloud; the person agreed to each recipient.");
            pageShot(browser, "staff-consent");
            browser.driver().findElement(By.id("record-consent-submit")).click();
            String consentId = browser.waitFor(By.cssSelector("#recorded [data-consent-id]")).getAttribute("data-consent-id");
            assertThat(browser.driver().findElement(By.id("recorded")).getText())
                    .contains("active", PARTNER, "information sheet version 1", "verbal");
            consent("staff").get("/api/v1/consents/" + consentId).then().statusCode(200)
                    .body("subjectId", equalTo(subjectId)).body("informationSheetId", equalTo(sheetId))
                    .body("captureChannel", equalTo("VERBAL"));
            await("sharing-service's projection of consent " + consentId).atMost(PATIENCE).untilAsserted(() ->
                    sharing("dpo").get("/api/v1/consent-projections/" + consentId).then().statusCode(200)
                            .body("state", equalTo("ACTIVE")).body("recipientPartnerIds", containsInAnyOrder(PARTNER)));

            // a share under it, approved and released to the partner
            browser.driver().findElement(By.id("request-share")).click();
            assertThat(browser.heading()).isEqualTo("Request a share");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            type(browser, "partnerId", PARTNER);
            type(browser, "purpose", PURPOSE);
            type(browser, "dataCategories", String.join(", ", CATEGORIES));
            type(browser, "subjectId", subjectId);
            browser.driver().findElement(By.id("identifiable-no")).click();
            new Select(browser.driver().findElement(By.id("sensitivity"))).selectByValue("CONFIDENTIAL");
            type(browser, "proportionality", "Themes of this person's experience only, needed to change the discharge process");
            setValue(browser, "payload", "{\"records\":[{\"experience\":{\"theme\":\"discharge\",\"rating\":2,"
                    + "\"summary\":\"Sent home without medication " + unique + "\"},\"service-used\":{\"service\":\"ward-7\","
                    + "\"ageBand\":\"40-49\"}}],\"sources\":[{\"source\":\"ward-7 nursing notes\",\"medium\":\"ELECTRONIC\","
                    + "\"lastVerifiedOn\":\"" + LocalDate.now().minusDays(30) + "\"}]}");
            browser.driver().findElement(By.id("request-share-submit")).click();
            WebElement outcome = browser.waitFor(By.id("share-outcome"));
            assertThat(outcome.getAttribute("data-outcome")).isEqualTo("APPROVED");
            String shareId = browser.driver().findElement(By.cssSelector("#recorded [data-share-id]")).getAttribute("data-share-id");
            String releaseId = releaseOf(shareId, PARTNER);

            // the person phones to withdraw
            browser.driver().get(Platform.dashboardUrl() + "/staff/withdrawal?consentId=" + consentId);
            assertThat(browser.heading()).isEqualTo("Record a withdrawal");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.driver().findElement(By.id("channel-PHONE")).click();
            browser.driver().findElement(By.id("scope-whole")).click();
            type(browser, "notes", "Rang the office; asked us to stop sharing.");
            pageShot(browser, "staff-withdrawal");
            browser.driver().findElement(By.id("record-withdrawal-submit")).click();
            assertThat(browser.waitFor(By.id("recorded")).getText()).contains(consentId, "withdrawn");
            consent("staff").get("/api/v1/consents/" + consentId).then().statusCode(200).body("state", equalTo("WITHDRAWN"));

            // the overview shows the withdrawal's propagation to the partner ...
            String notificationId = await("the partner's notification of release " + releaseId).atMost(PATIENCE)
                    .until(() -> sharing("dpo").queryParam("releaseId", releaseId).get("/api/v1/recipient-notifications")
                            .then().statusCode(200).extract().<String>path("items[0].id"), id -> id != null);
            browser.driver().findElement(By.id("see-propagation")).click();
            assertThat(browser.heading()).isEqualTo("Overview");
            By row = By.cssSelector("#propagations #propagation-" + notificationId);
            browser.waitFor(row);
            assertThat(browser.driver().findElement(row).getText()).contains(PARTNER, "Waiting");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("window.notReloaded = true;");

            // ... and, once the partner answers, the answer arrives: nobody is left waiting, without a reload
            sharing(PARTNER).body(Map.of("response", "CEASED_DELETED"))
                    .post("/api/v1/partner/notifications/" + notificationId + "/answer").then().statusCode(200);
            new WebDriverWait(browser.driver(), Browser.PATIENCE).until(ExpectedConditions.numberOfElementsToBe(row, 0));
            assertThat(js.executeScript("return window.notReloaded === true;")).isEqualTo(true);
            sharing("dpo").queryParam("releaseId", releaseId).get("/api/v1/recipient-notifications").then()
                    .statusCode(200).body("items[0].response", equalTo("CEASED_DELETED"));
        }
    }

    @Test
    @DisplayName("issue 13: a form with bad input shows the service's problem in words next to each field, keeps what was typed, and records no one")
    void badInputShownInWordsAndNothingCreated() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "ada." + unique + "@example.org";
        try (Browser browser = new Browser()) {
            browser.signIn("staff");
            browser.driver().get(Platform.dashboardUrl() + "/staff/person");
            type(browser, "givenName", "Ada" + unique);
            type(browser, "email", email);
            type(browser, "phone", "call me");
            browser.driver().findElement(By.id("record-person-submit")).click();

            WebElement problem = browser.waitFor(By.id("problem"));
            assertThat(problem.getText()).contains("The person was not recorded", "2 answers need changing.",
                    "Family name is required.", "Telephone number must be a telephone number.", "Nothing was recorded.");
            WebElement familyName = browser.driver().findElement(By.id("familyName"));
            assertThat(familyName.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(familyName.getAttribute("aria-describedby")).isEqualTo("familyName-error");
            assertThat(browser.driver().findElement(By.id("familyName-error")).getText())
                    .isEqualTo("Problem: Family name is required.");
            assertThat(browser.driver().findElement(By.id("phone")).getAttribute("aria-describedby"))
                    .isEqualTo("phone-hint phone-error");
            // what was typed is kept
            assertThat(browser.driver().findElement(By.id("givenName")).getAttribute("value")).isEqualTo("Ada" + unique);
            assertThat(browser.driver().findElement(By.id("phone")).getAttribute("value")).isEqualTo("call me");
            assertThat(browser.driver().findElements(By.id("recorded"))).isEmpty();
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            pageShot(browser, "staff-problem");

            consent("staff").body(Map.of("kind", "EMAIL", "value", email, "purpose", "issue 13 test: nothing recorded"))
                    .post("/api/v1/subjects/lookups").then().statusCode(200)
                    .body("subjectIds", org.hamcrest.Matchers.empty());
        }
    }

    @Test
    @DisplayName("issue 13: staff report a suspected breach; the confirmation names it with its ICO deadline")
    void reportBreach() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser()) {
            browser.signIn("staff");
            browser.driver().get(Platform.dashboardUrl() + "/staff/breach");
            assertThat(browser.heading()).isEqualTo("Report a breach");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            type(browser, "summary", "A printed list of survey themes was left on a bus " + unique);
            type(browser, "discoveredHow", "A member of the public handed it in at reception.");
            setValue(browser, "occurredAt", londonLocal(LocalDateTime.now(LONDON).minusHours(3)));
            browser.driver().findElement(By.id("cyberIncident-no")).click();
            type(browser, "dataCategories", "experience");
            browser.driver().findElement(By.id("report-breach-submit")).click();

            String breachId = browser.waitFor(By.cssSelector("#recorded [data-breach-id]")).getAttribute("data-breach-id");
            assertThat(browser.driver().findElement(By.id("recorded")).getText()).contains("suspected", "by");
            breach("staff").get("/api/v1/breaches/" + breachId).then().statusCode(200)
                    .body("summary", equalTo("A printed list of survey themes was left on a bus " + unique))
                    .body("certainty", equalTo("SUSPECTED"));
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Date-time inputs and long JSON: set as a person's browser would send them, without typing key by key. */
    private static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.driver().findElement(By.id(id)), value);
    }

    /** The page from its top, as it opens (no field focused), for the README. */
    private static void pageShot(Browser browser, String name) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.activeElement.blur(); window.scrollTo(0, 0);");
        browser.screenshot(name);
    }

    private static String londonLocal(LocalDateTime time) {
        return time.truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
