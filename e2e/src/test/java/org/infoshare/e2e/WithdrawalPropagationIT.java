package org.infoshare.e2e;

import io.restassured.path.json.JsonPath;
import org.infoshare.testing.WebhookReceiver;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.infoshare.e2e.Journeys.PATIENCE;
import static org.infoshare.e2e.Journeys.approvedRelease;
import static org.infoshare.e2e.Journeys.consent;
import static org.infoshare.e2e.Journeys.fetch;
import static org.infoshare.e2e.Journeys.giveConsent;
import static org.infoshare.e2e.Journeys.passedOnward;
import static org.infoshare.e2e.Journeys.pharmacy;
import static org.infoshare.e2e.Journeys.registerSubject;
import static org.infoshare.e2e.Journeys.release;
import static org.infoshare.e2e.Journeys.secret;
import static org.infoshare.e2e.Journeys.serviceProvider;
import static org.infoshare.e2e.Journeys.sharing;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P6.8 and P10.1 across the packaged services (issue 4, item 11): a consent given and withdrawn in
 * consent-service, releases made through sharing-service to three partners and passed on to a
 * fourth, and the withdrawal reaching every recipient record through Kafka: releases withdrawn,
 * packages gone, signed webhooks delivered (retried past failures) to real HTTP endpoints, and the
 * partners' answers on the DPO's dashboard. Partners are shared with other tests and runs, so
 * everything is looked up by this test's own releases and notifications, never by totals.
 */
@ExtendWith(Platform.class)
class WithdrawalPropagationIT {

    @Test
    @DisplayName("P6.8 P10.1 a whole withdrawal in consent-service withdraws three releases and an onward child, "
            + "notifies all four over signed webhooks (retried past 503s), ends fetching with 410, and records every answer")
    void wholeWithdrawalReachesEveryRecipient() {
        try (WebhookReceiver atA = new WebhookReceiver(secret("partner-a"), 2);
             WebhookReceiver atB = new WebhookReceiver(secret("partner-b"), 0);
             WebhookReceiver atC = new WebhookReceiver(secret("partner-c"), 0);
             WebhookReceiver atD = new WebhookReceiver(secret("partner-d"), 0)) {
            serviceProvider("partner-a", atA);
            serviceProvider("partner-c", atC);
            serviceProvider("partner-d", atD);
            pharmacy("partner-b", atB); // the onward recipient, under the pharmacies' current guidance (P1.3)
            Map<String, WebhookReceiver> receivers = Map.of("partner-a", atA, "partner-b", atB, "partner-c", atC,
                    "partner-d", atD);

            String subject = registerSubject();
            // the consent names the onward recipient too: an onward share passes every rule a share does (P10.1)
            String consentId = giveConsent(subject, List.of("partner-a", "partner-b", "partner-c", "partner-d"));
            String marker = Journeys.marker();
            Map<String, String> releases = new LinkedHashMap<>(); // partner -> its release of this person's record
            for (String partner : List.of("partner-a", "partner-c", "partner-d")) {
                releases.put(partner, approvedRelease(partner, subject, consentId, marker));
            }

            // P7.1: each partner fetches its package and knows the person only by its own pseudonym
            Map<String, String> pseudonyms = new HashMap<>();
            releases.forEach((partner, release) -> pseudonyms.put(partner, fetch(partner, release).then()
                    .statusCode(200).body("releaseId", equalTo(release))
                    .body("records[0].experience.summary", equalTo("Sent home without medication " + marker))
                    .body("subjectRef", startsWith("psn-")).extract().path("subjectRef")));

            // P10.1: partner-a passes its release to partner-b with the DPO's prior written consent
            String child = passedOnward("partner-a", releases.get("partner-a"), "partner-b");
            release(child).then().statusCode(200).body("parentReleaseId", equalTo(releases.get("partner-a")))
                    .body("partnerId", equalTo("partner-b")).body("status", equalTo("RELEASED"));
            pseudonyms.put("partner-b", fetch("partner-b", child).then().statusCode(200)
                    .body("parentReleaseId", equalTo(releases.get("partner-a")))
                    .body("records[0].experience.summary", equalTo("Sent home without medication " + marker))
                    .extract().path("subjectRef"));
            releases.put("partner-b", child);
            assertThat(pseudonyms.values()).as("four recipients, four unlinkable pseudonyms").doesNotHaveDuplicates()
                    .noneMatch(p -> p.contains(subject));

            // the person withdraws, by phone, in consent-service
            consent("staff").body(Map.of("whole", true, "channel", "PHONE", "notes", "Rang to withdraw everything"))
                    .post("/api/v1/consents/" + consentId + "/withdrawals").then().statusCode(200)
                    .body("changed", equalTo(true)).body("consent.state", equalTo("WITHDRAWN"));

            // every recipient record is withdrawn, the onward child included
            await("all four releases withdrawn").atMost(PATIENCE).untilAsserted(() -> releases.values().forEach(id ->
                    release(id).then().statusCode(200).body("status", equalTo("WITHDRAWN"))
                            .body("withdrawnAt", notNullValue())));
            sharing("dpo").get("/api/v1/consent-projections/" + consentId).then().statusCode(200)
                    .body("state", equalTo("WITHDRAWN"));

            // one notification per release, for its partner
            Map<String, String> notifications = new HashMap<>(); // partner -> notification id
            releases.forEach((partner, release) -> {
                JsonPath dashboard = propagation(release);
                assertThat(dashboard.getInt("total")).as("notifications of release " + release).isEqualTo(1);
                assertThat(dashboard.getString("items[0].partnerId")).isEqualTo(partner);
                assertThat(dashboard.getString("items[0].consentId")).isEqualTo(consentId);
                assertThat(dashboard.getString("items[0].subjectId")).isEqualTo(subject);
                notifications.put(partner, dashboard.getString("items[0].id"));
            });

            // fetching is over for everyone
            releases.forEach((partner, release) -> assertProblem(fetch(partner, release), 410, "gone"));

            // webhooks: one signed notification to each partner's endpoint; partner-a's after two 503s
            await("webhook deliveries").atMost(PATIENCE).untilAsserted(() -> receivers.forEach((partner, receiver) ->
                    assertThat(deliveriesOf(receiver, notifications.get(partner)))
                            .as("deliveries to " + partner).extracting(WebhookReceiver.Delivery::answered)
                            .containsExactly(partner.equals("partner-a") ? new Integer[] {503, 503, 204}
                                    : new Integer[] {204})));
            assertThat(deliveriesOf(atA, notifications.get("partner-a"))).extracting(WebhookReceiver.Delivery::attempt)
                    .containsExactly("1", "2", "3");
            receivers.forEach((partner, receiver) -> {
                assertThat(receiver.deliveries()).as("signatures at " + partner)
                        .allMatch(WebhookReceiver.Delivery::signatureValid);
                JsonPath body = JsonPath.from(deliveriesOf(receiver, notifications.get(partner)).get(0).body());
                assertThat(body.getString("notificationId")).isEqualTo(notifications.get(partner));
                assertThat(body.getString("releaseId")).isEqualTo(releases.get(partner));
                assertThat(body.getString("subjectRef")).isEqualTo(pseudonyms.get(partner));
                assertThat(body.getString("answer")).contains(notifications.get(partner));
                assertThat(deliveriesOf(receiver, notifications.get(partner)).get(0).body()).doesNotContain(subject);
            });
            releases.forEach((partner, release) -> sharing("dpo").queryParam("releaseId", release)
                    .get("/api/v1/recipient-notifications").then()
                    .body("items[0].deliveryState", equalTo("DELIVERED"))
                    .body("items[0].attempts", equalTo(partner.equals("partner-a") ? 3 : 1)));

            // each partner finds its notification by polling, and answers it
            Map<String, Map<String, Object>> answers = Map.of(
                    "partner-a", Map.of("response", "CEASED_DELETED"),
                    "partner-b", Map.of("response", "CEASED_RETURNED"),
                    "partner-c", Map.of("response", "CONTINUING", "lawfulBasis", "C",
                            "justification", "The coroner's order requires the trust to keep the record"),
                    "partner-d", Map.of("response", "CEASED_DELETED"));
            releases.forEach((partner, release) -> {
                List<Map<String, Object>> polled = sharing(partner).queryParam("size", 200)
                        .get("/api/v1/partner/notifications").then().statusCode(200).extract().path("items");
                Map<String, Object> mine = polled.stream().filter(n -> release.equals(n.get("releaseId")))
                        .findFirst().orElseThrow(() -> new AssertionError(partner + " does not see its notification"));
                assertThat(mine.get("id")).isEqualTo(notifications.get(partner));
                assertThat(mine.get("subjectRef")).isEqualTo(pseudonyms.get(partner));
                assertThat(mine.get("response")).isNull();
                sharing(partner).body(answers.get(partner))
                        .post("/api/v1/partner/notifications/" + mine.get("id") + "/answer").then().statusCode(200)
                        .body("response", equalTo(answers.get(partner).get("response")));
            });
            assertProblem(sharing("partner-a").body(Map.of("response", "CEASED_RETURNED"))
                    .post("/api/v1/partner/notifications/" + notifications.get("partner-a") + "/answer"), 409);

            // the DPO's dashboard shows all four answered
            releases.forEach((partner, release) -> sharing("dpo").queryParam("releaseId", release)
                    .get("/api/v1/recipient-notifications").then().statusCode(200)
                    .body("total", equalTo(1))
                    .body("items[0].response", equalTo(answers.get(partner).get("response")))
                    .body("items[0].answeredAt", notNullValue())
                    .body("items[0].lawfulBasis", equalTo(answers.get(partner).get("lawfulBasis")))
                    .body("items[0].justification", equalTo(answers.get(partner).get("justification"))));
        }
    }

    @Test
    @DisplayName("P6.8 a partial withdrawal of one recipient in consent-service withdraws only that recipient's release: "
            + "the other stays released and fetchable, exactly one notification, its webhook in the request's trace")
    void partialWithdrawalTouchesOnlyItsRecipient() {
        try (WebhookReceiver atC = new WebhookReceiver(secret("partner-c"), 0);
             WebhookReceiver atD = new WebhookReceiver(secret("partner-d"), 0)) {
            serviceProvider("partner-c", atC);
            serviceProvider("partner-d", atD);
            String subject = registerSubject();
            String consentId = giveConsent(subject, List.of("partner-c", "partner-d"));
            String marker = Journeys.marker();
            String atCRelease = approvedRelease("partner-c", subject, consentId, marker);
            String atDRelease = approvedRelease("partner-d", subject, consentId, marker);
            fetch("partner-c", atCRelease).then().statusCode(200);
            fetch("partner-d", atDRelease).then().statusCode(200);

            // issue 14: the staff request arrives inside a caller's trace (unsampled: nothing is exported)
            String traceId = UUID.randomUUID().toString().replace("-", "");
            consent("staff").header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-00")
                    .body(Map.of("whole", false, "recipientPartnerIds", List.of("partner-c"), "channel", "LETTER"))
                    .post("/api/v1/consents/" + consentId + "/withdrawals").then().statusCode(200)
                    .body("changed", equalTo(true)).body("consent.recipientPartnerIds", equalTo(List.of("partner-d")));

            await("partner-c's release withdrawn").atMost(PATIENCE).untilAsserted(() ->
                    release(atCRelease).then().statusCode(200).body("status", equalTo("WITHDRAWN")));
            sharing("dpo").get("/api/v1/consent-projections/" + consentId).then().statusCode(200)
                    .body("state", equalTo("ACTIVE")).body("recipientPartnerIds", equalTo(List.of("partner-d")));
            assertProblem(fetch("partner-c", atCRelease), 410, "gone");

            JsonPath atCNotified = propagation(atCRelease);
            assertThat(atCNotified.getInt("total")).isEqualTo(1);
            String notification = atCNotified.getString("items[0].id");
            await("partner-c's webhook").atMost(PATIENCE).untilAsserted(() ->
                    assertThat(deliveriesOf(atC, notification)).extracting(WebhookReceiver.Delivery::answered)
                            .containsExactly(204));
            assertThat(atC.deliveries()).allMatch(WebhookReceiver.Delivery::signatureValid);
            // issue 14: one trace from the request through consent-service's outbox, Kafka, sharing-service's
            // consumer and notification to the webhook, whose traceparent names the dispatcher's span in it
            assertThat(deliveriesOf(atC, notification)).extracting(WebhookReceiver.Delivery::traceparent)
                    .singleElement().asString().startsWith("00-" + traceId + "-")
                    .doesNotContain("00f067aa0ba902b7");

            // partner-d's release is untouched: still released, still fetchable, nobody told anything
            release(atDRelease).then().statusCode(200).body("status", equalTo("RELEASED"))
                    .body("withdrawnAt", nullValue());
            fetch("partner-d", atDRelease).then().statusCode(200)
                    .body("records[0].experience.summary", equalTo("Sent home without medication " + marker));
            assertThat(propagation(atDRelease).getInt("total")).isZero();
            assertThat(sharing("dpo").queryParam("partnerId", "partner-d").queryParam("size", 200)
                    .get("/api/v1/recipient-notifications").then().statusCode(200).extract().<List<String>>path(
                            "items.releaseId")).doesNotContain(atDRelease);
            assertThat(atD.deliveries()).as("nothing sent to partner-d").isEmpty();
        }
    }

    /** The DPO's propagation dashboard for one release. */
    private static JsonPath propagation(String releaseId) {
        return sharing("dpo").queryParam("releaseId", releaseId).get("/api/v1/recipient-notifications")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<WebhookReceiver.Delivery> deliveriesOf(WebhookReceiver receiver, String notificationId) {
        return receiver.deliveries().stream().filter(d -> notificationId.equals(d.deliveryId())).toList();
    }
}
