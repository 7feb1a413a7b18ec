package org.infoshare.e2e;

import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventCodec;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.events.vocabulary.ContactChannel;
import org.infoshare.testing.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.infoshare.e2e.Journeys.PATIENCE;
import static org.infoshare.e2e.Journeys.approvedRelease;
import static org.infoshare.e2e.Journeys.consent;
import static org.infoshare.e2e.Journeys.giveConsent;
import static org.infoshare.e2e.Journeys.registerSubject;
import static org.infoshare.e2e.Journeys.serviceProvider;
import static org.infoshare.e2e.Journeys.sharing;

/**
 * Issue 13 item 4(a) in a real browser, without signing in: staff issue a person a one-time link,
 * which goes out in the letter or e-mail consent-service merges from the vault (read here where the
 * delivery path keeps it, the dispatch queue, as whoever sends it would; never from a log); the person
 * opens it, sees the organisation that received their data and for what, withdraws part of their
 * consent, which reaches the partner like any withdrawal (channel WEB); the spent link says so.
 */
@ExtendWith(Platform.class)
class PersonLinkBrowserIT {

    private static final String PARTNER = "partner-d";
    private static final Pattern LINK = Pattern.compile("(https?://\\S+/person/[A-Za-z0-9_-]{43})");

    @Test
    @DisplayName("issue 13 item 4(a): a person opens their one-time link, sees who received their data, withdraws that recipient (channel WEB, propagated to the partner), and the link cannot be used again")
    void personSeesWithdrawsAndTheLinkIsSpent() {
        serviceProvider(PARTNER, null);
        String subjectId = registerSubject();
        String consentId = giveConsent(subjectId, List.of(PARTNER));
        String releaseId = approvedRelease(PARTNER, subjectId, consentId, Journeys.marker());

        String linkId = consent("staff").body(Map.of("subjectId", subjectId)).post("/api/v1/person-links").then()
                .statusCode(202).extract().path("linkId");
        String letter = consent("staff").queryParam("purpose", "send the person their link")
                .get("/api/v1/person-links/" + linkId + "/letter").then().statusCode(200).extract().path("body");
        Matcher found = LINK.matcher(letter);
        assertThat(found.find()).as("the letter carries the link").isTrue();
        String link = found.group(1);
        assertThat(link).startsWith(Platform.dashboardUrl() + "/person/");

        try (Browser browser = new Browser();
             TopicReader consentEvents = new TopicReader(Platform.TOPIC_PREFIX + "consent-events")) {
            browser.driver().get(link);
            browser.waitFor(By.id("open-person-page"));
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.driver().findElement(By.id("open-person-page")).click();
            browser.waitFor(By.id("consent-" + consentId));
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(Platform.dashboardUrl() + "/person");
            // the release reaches consent-service's projection from sharing-events
            await("the organisation on the person's page").atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        browser.driver().navigate().refresh();
                        return !browser.driver().findElements(By.id("organisation-" + PARTNER)).isEmpty();
                    });
            assertThat(browser.driver().findElement(By.id("organisation-" + PARTNER)).getText())
                    .contains(Journeys.PURPOSE).contains("experience");
            assertThat(browser.driver().getPageSource()).doesNotContain("Mary").doesNotContain("@example.org");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.screenshot("person-page");

            // withdraw only the partner
            browser.driver().findElement(By.id("part-" + consentId)).click();
            browser.driver().findElement(By.id("recipient-" + consentId + "-0")).click();
            browser.driver().findElement(By.id("withdraw-" + consentId)).click();
            browser.waitFor(By.id("withdrawal-recorded"));
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            EventCodec codec = new EventCodec();
            List<ConsumerRecord<String, byte[]>> withdrawn = consentEvents.await(r -> subjectId.equals(r.key())
                    && codec.deserialize(r.value()).getType().equals("org.infoshare.consent-withdrawn.v1"), 1, PATIENCE);
            assertThat(withdrawn).isNotEmpty();
            ConsentWithdrawn event = codec.data(codec.deserialize(withdrawn.get(0).value()), ConsentWithdrawn.class);
            assertThat(event.channel()).isEqualTo(ContactChannel.WEB);
            assertThat(event.withdrawnRecipientPartnerIds()).containsExactly(PARTNER);

            // it propagates like any withdrawal: the partner's recipient notification
            await("the partner's recipient notification").atMost(PATIENCE).untilAsserted(() -> {
                JsonPath notifications = sharing("dpo").queryParam("releaseId", releaseId)
                        .get("/api/v1/recipient-notifications").then().statusCode(200).extract().jsonPath();
                assertThat(notifications.getInt("total")).isEqualTo(1);
                assertThat(notifications.getString("items[0].partnerId")).isEqualTo(PARTNER);
                assertThat(notifications.getString("items[0].consentId")).isEqualTo(consentId);
            });

            // the link is spent
            browser.driver().get(link);
            browser.waitFor(By.id("open-person-page")).click();
            assertThat(browser.waitFor(By.id("person-problem")).getText()).contains("already been used");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
    }
}
