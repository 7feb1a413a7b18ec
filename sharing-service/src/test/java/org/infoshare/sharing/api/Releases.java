package org.infoshare.sharing.api;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.infoshare.testing.Tokens;
import org.infoshare.testing.WebhookReceiver;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;

/** Partners with webhooks, approved shares and their releases, through the API. */
final class Releases {

    private Releases() {
    }

    /** A service provider with an agreed protocol, and a webhook when a receiver is given. */
    static void provider(String partnerId, WebhookReceiver receiver) {
        provider(partnerId, receiver == null ? null : receiver.url(), receiver == null ? null : receiver.secret());
    }

    /** A service provider with an agreed protocol, and this webhook when a URL is given (none removes it). */
    static void provider(String partnerId, java.net.URI webhookUrl, String secret) {
        Map<String, Object> body = new HashMap<>(Fixtures.partner(partnerId, "SERVICE_PROVIDER", null));
        if (webhookUrl != null) {
            body.put("webhookUrl", webhookUrl.toString());
            body.put("webhookSecret", secret);
        }
        Fixtures.ensure(body);
        Fixtures.agreedProtocol(partnerId, Fixtures.PURPOSE, 180);
    }

    /** Requests a share under the consent, expects it approved, and answers its release id. */
    static String approvedUnderConsent(String partnerId, String subjectId, UUID consentId) {
        String share = ShareRequests.post(ShareRequests.underConsent(partnerId, subjectId, consentId)).then()
                .statusCode(201).body("outcome", equalTo("APPROVED")).extract().path("id");
        return releaseOf(share, partnerId);
    }

    static String releaseOf(String shareRequestId, String partnerId) {
        List<Map<String, Object>> items = Fixtures.as("staff").queryParam("partnerId", partnerId)
                .queryParam("size", 200).get("/api/v1/releases").then().statusCode(200).extract().path("items");
        return items.stream().filter(r -> shareRequestId.equals(r.get("shareRequestId")) && r.get("parentReleaseId") == null)
                .map(r -> (String) r.get("id")).findFirst().orElseThrow();
    }

    /** A release to the partner under a fresh consent, with what withdrawing it needs. */
    record Consented(String subject, UUID consentId, String releaseId) {
    }

    /** A live release to the partner under a fresh consent covering it. */
    static Consented consentedRelease(String partnerId) {
        return consentedRelease(partnerId, List.of(partnerId));
    }

    /** A live release to the partner under a fresh consent covering these partners (the partner among them). */
    static Consented consentedRelease(String partnerId, List<String> consentCovers) {
        String subject = "subj-" + UUID.randomUUID();
        try (ConsentEvents events = new ConsentEvents()) {
            provider(partnerId, null);
            UUID consentId = UUID.randomUUID();
            events.send(ConsentEvents.given(consentId, subject, List.of(Fixtures.PURPOSE), consentCovers,
                    java.time.Instant.now()));
            ConsentEvents.awaitVersion(consentId, 1);
            return new Consented(subject, consentId, approvedUnderConsent(partnerId, subject, consentId));
        }
    }

    static String liveRelease(String partnerId) {
        return consentedRelease(partnerId).releaseId();
    }

    /** A release whose consent was then withdrawn in whole: answers the partner's release id. */
    static String withdrawnRelease(String partnerId) {
        Consented consented = consentedRelease(partnerId);
        try (ConsentEvents events = new ConsentEvents()) {
            events.send(new org.infoshare.events.consent.ConsentWithdrawn(consented.consentId(), consented.subject(),
                    2, true, List.of(), List.of(), List.of(), org.infoshare.events.vocabulary.ContactChannel.LETTER,
                    "staff-1", java.time.Instant.now()));
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                release(consented.releaseId()).then().body("status", equalTo("WITHDRAWN")));
        return consented.releaseId();
    }

    /** The notification of a withdrawn release. */
    static String notificationOf(String releaseId) {
        return Fixtures.as("dpo").queryParam("releaseId", releaseId).get("/api/v1/recipient-notifications").then()
                .body("total", equalTo(1)).extract().path("items[0].id");
    }

    static RequestSpecification partner(String partnerUser) {
        return RestAssured.given().auth().oauth2(Tokens.user(partnerUser)).contentType(ContentType.JSON);
    }

    static Response fetch(String partnerUser, String releaseId) {
        return partner(partnerUser).get("/api/v1/partner/releases/" + releaseId);
    }

    static Response release(String releaseId) {
        return Fixtures.as("staff").get("/api/v1/releases/" + releaseId);
    }

    static String secret(String partnerId) {
        return "whsec-" + partnerId + "-" + UUID.randomUUID();
    }
}
