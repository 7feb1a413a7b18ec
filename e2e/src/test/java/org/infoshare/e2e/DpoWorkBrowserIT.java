package org.infoshare.e2e;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.e2e.Journeys.breach;
import static org.infoshare.e2e.Journeys.consent;
import static org.infoshare.e2e.Journeys.registerSubject;

/**
 * Issue 13, the DPO's work in a real browser, signed in as {@code dpo} on Keycloak's own page: a
 * breach reported through breach-service's API is assessed (P14.2), its ICO report prepared from
 * breach-service's draft and printed (every field, the 72-hour deadline in UK time); a subject
 * access request is extended with a reason (P12.2), and consent-service's refusal of a further
 * extension shows in words, keeps the input and changes nothing. axe-core finds no serious or
 * critical violation on any page.
 */
@ExtendWith(Platform.class)
class DpoWorkBrowserIT {

    private static final String REQUESTS = "/api/v1/subject-access-requests";
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    @Test
    @DisplayName("issue 13 P14.2: the DPO assesses a breach in the browser, prepares the ICO report and prints it with every field and the deadline in UK time")
    void assessBreachAndPrintIcoReport() {
        String summary = "Discharge themes e-mailed to the wrong team " + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String breachId = breach("staff").body(Map.of("summary", summary, "discoveredHow", "The recipient called the office",
                        "occurredAt", now.minusSeconds(900).toString(), "awareAt", now.minusSeconds(600).toString(),
                        "cyberIncident", false, "dataCategories", List.of("experience")))
                .post("/api/v1/breaches").then().statusCode(201).extract().path("id");
        Instant deadline = Instant.parse(breach("dpo").get("/api/v1/breaches/" + breachId).then().statusCode(200)
                .extract().path("clock.deadline"));

        try (Browser browser = new Browser()) {
            browser.signIn("dpo");
            browser.driver().findElement(By.cssSelector("nav a[href='/breaches']")).click();
            browser.waitFor(By.cssSelector("a[href='/breaches/" + breachId + "']"));
            assertThat(browser.heading()).isEqualTo("Breaches");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.driver().findElement(By.cssSelector("a[href='/breaches/" + breachId + "']")).click();
            browser.waitFor(By.id("assessment-form"));
            assertThat(browser.heading()).isEqualTo("Breach: " + summary);
            assertThat(browser.driver().findElement(By.id("not-assessed")).getText()).contains("Not assessed yet");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            new Select(browser.driver().findElement(By.id("likelihood"))).selectByValue("LIKELY");
            new Select(browser.driver().findElement(By.id("severity"))).selectByValue("SIGNIFICANT");
            browser.driver().findElement(By.id("factors")).sendKeys("health experience data\none person, one wrong team");
            browser.driver().findElement(By.id("consequences")).sendKeys("Distress; the person may be contacted by a team they did not choose");
            browser.driver().findElement(By.id("reasons")).sendKeys("Pseudonymised, but the wrong team could link it to the ward");
            browser.screenshot("dpo-breach");
            browser.driver().findElement(By.id("assess")).click();

            browser.waitFor(By.id("assessment-recorded"));
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(Platform.dashboardUrl() + "/breaches/" + breachId + "?assessed=true");
            assertThat(browser.driver().findElement(By.id("latest-assessment")).getAttribute("data-risk")).isEqualTo("RISK");
            assertThat(browser.driver().findElement(By.id("report-to-ico")).getText()).startsWith("Yes");
            JsonPath assessed = breach("dpo").get("/api/v1/breaches/" + breachId + "/assessments").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(assessed.getList("riskLevel")).containsExactly("RISK");
            assertThat(assessed.getList("factors[0]")).containsExactly("health experience data", "one person, one wrong team");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.driver().findElement(By.id("prepare-ico-report")).click();
            browser.waitFor(By.id("ico-report-form"));
            assertThat(browser.heading()).isEqualTo("Report to the ICO");
            assertThat(browser.driver().findElement(By.id("ico-deadline")).getText()).contains(UK.format(deadline));
            assertThat(browser.driver().findElement(By.id("kind-initial")).isSelected()).isTrue();
            assertThat(browser.driver().findElement(By.id("likelyConsequences")).getAttribute("value"))
                    .isEqualTo("Distress; the person may be contacted by a team they did not choose");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            replace(browser.driver().findElement(By.id("categoriesOfData")), "experience");
            replace(browser.driver().findElement(By.id("approximateSubjects")), "1");
            replace(browser.driver().findElement(By.id("measuresTaken")), "The wrong team deleted the e-mail and confirmed it in writing");
            browser.driver().findElement(By.id("send-ico-report")).click();

            browser.waitFor(By.id("ico-report"));
            JsonPath reports = breach("dpo").get("/api/v1/breaches/" + breachId + "/ico-reports").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(reports.getList("kind")).containsExactly("INITIAL");
            String reportId = reports.getString("[0].id");
            assertThat(browser.driver().getCurrentUrl())
                    .isEqualTo(Platform.dashboardUrl() + "/breaches/" + breachId + "/ico-reports/" + reportId + "?made=true");
            Map<String, String> printed = Map.ofEntries(Map.entry("field-kind", "Initial report"),
                    Map.entry("field-breach", breachId), Map.entry("field-report", reportId),
                    Map.entry("field-deadline", UK.format(deadline)), Map.entry("field-late", "No"),
                    Map.entry("field-what-happened", summary),
                    Map.entry("field-how-discovered", "The recipient called the office"),
                    Map.entry("field-occurred-at", UK.format(now.minusSeconds(900))),
                    Map.entry("field-aware-at", UK.format(now.minusSeconds(600))), Map.entry("field-cyber", "No"),
                    Map.entry("field-categories-of-data", "experience"), Map.entry("field-approximate-subjects", "1"),
                    Map.entry("field-risk", "risk"),
                    Map.entry("field-consequences", "Distress; the person may be contacted by a team they did not choose"),
                    Map.entry("field-measures-taken", "The wrong team deleted the e-mail and confirmed it in writing"));
            printed.forEach((field, text) -> assertThat(browser.driver().findElement(By.id(field)).getText())
                    .as(field).isEqualTo(text));
            for (String field : List.of("field-reported-at", "field-reported-by", "field-ico-reference",
                    "field-categories-of-people", "field-approximate-records", "field-recipients",
                    "field-individuals-told", "field-measures-proposed", "field-contact-point")) {
                assertThat(browser.driver().findElement(By.id(field)).getText()).as(field).isNotBlank();
            }
            assertThat(browser.driver().findElement(By.id("field-deadline")).getText()).containsPattern("(GMT|BST)$");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.screenshot("ico-report");

            // the print stylesheet leaves the navigation and buttons off the paper, the report on it
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(browser.driver().findElement(By.tagName("nav")).isDisplayed()).isFalse();
            assertThat(browser.driver().findElement(By.id("print")).isDisplayed()).isFalse();
            assertThat(browser.driver().findElement(By.id("field-deadline")).isDisplayed()).isTrue();
        }
    }

    @Test
    @DisplayName("issue 13 P12.2: the DPO extends a subject access request with a reason; consent-service's refusal of more shows in words and changes nothing")
    void extendSubjectAccessRequest() {
        String id = consent("staff").body(Map.of("subjectId", registerSubject(), "channel", "LETTER",
                        "receivedAt", Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString()))
                .post(REQUESTS).then().statusCode(201).extract().path("id");
        String reason = "Complex: records held by three partners must be gathered and checked";

        try (Browser browser = new Browser()) {
            browser.signIn("dpo");
            browser.driver().findElement(By.cssSelector("nav a[href='/subject-access']")).click();
            browser.waitFor(By.tagName("table"));
            assertThat(browser.heading()).isEqualTo("Subject access requests");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.driver().get(Platform.dashboardUrl() + "/subject-access/" + id);
            browser.waitFor(By.id("extension-form"));
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.driver().findElement(By.id("months-2")).click();
            browser.driver().findElement(By.id("reason")).sendKeys(reason);
            browser.driver().findElement(By.id("extend")).click();

            browser.waitFor(By.id("extension-recorded"));
            JsonPath extended = consent("dpo").get(REQUESTS + "/" + id).then().statusCode(200)
                    .body("extensionMonths", equalTo(2)).body("extensionReason", equalTo(reason)).extract().jsonPath();
            String due = extended.getString("dueDate");
            assertThat(browser.driver().findElement(By.id("due-date")).getAttribute("data-due")).isEqualTo(due);
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            // a third month is more than the law allows: consent-service refuses, the page says why
            browser.driver().findElement(By.id("months-1")).click();
            browser.driver().findElement(By.id("reason")).sendKeys("One more month to check the partners' records");
            browser.driver().findElement(By.id("extend")).click();
            WebElement refusal = browser.waitFor(By.id("refusal"));
            assertThat(refusal.getText()).startsWith("Not extended.").contains("two months at most");
            assertThat(browser.driver().findElement(By.id("reason")).getAttribute("value"))
                    .isEqualTo("One more month to check the partners' records");
            assertThat(browser.driver().findElement(By.id("months-1")).isSelected()).isTrue();
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            consent("dpo").get(REQUESTS + "/" + id).then().statusCode(200).body("extensionMonths", equalTo(2))
                    .body("dueDate", equalTo(due)).body("extensionReason", equalTo(reason));

            // a post without the form's CSRF token (as another site would send it) is refused and changes nothing
            Object status = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch('/subject-access/" + id + "/extension', {method: 'POST', redirect: 'manual',"
                            + " headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: 'months=1&reason=forged'})"
                            + ".then(r => done(r.status)).catch(e => done('ERROR ' + e));");
            assertThat(((Number) status).intValue()).isEqualTo(400);
            consent("dpo").get(REQUESTS + "/" + id).then().statusCode(200).body("extensionMonths", equalTo(2))
                    .body("extensionReason", equalTo(reason));
        }
    }

    private static void replace(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }
}
