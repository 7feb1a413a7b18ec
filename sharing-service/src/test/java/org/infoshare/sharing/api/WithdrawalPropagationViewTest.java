package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.events.vocabulary.ContactChannel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.infoshare.sharing.api.Fixtures.as;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** Issue 13: one consent's withdrawal propagation as a whole, onward children naming their parent (P6.8, P10.1). */
@QuarkusTest
class WithdrawalPropagationViewTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    @DisplayName("P6.8 P10.1 issue 13: GET /withdrawal-propagations/{consentId} lists every recipient record, the onward child naming its parent, with answers as they come")
    void everyRecipientRecordWithItsParent() {
        String subject = "subj-" + UUID.randomUUID();
        try (ConsentEvents events = new ConsentEvents()) {
            Releases.provider("partner-c", null);
            Releases.provider("partner-d", null);
            UUID consentId = UUID.randomUUID();
            events.send(ConsentEvents.given(consentId, subject, List.of(Fixtures.PURPOSE),
                    List.of("partner-c", "partner-d"), Instant.now()));
            ConsentEvents.awaitVersion(consentId, 1);
            String atC = Releases.approvedUnderConsent("partner-c", subject, consentId);
            String atD = Releases.approvedUnderConsent("partner-d", subject, consentId);
            String onward = Releases.partner("partner-c").body(Map.of("recipientPartnerId", "partner-d",
                            "purpose", Fixtures.PURPOSE, "justification", "Joint review of the discharge pathway"))
                    .post("/api/v1/partner/releases/" + atC + "/onward-requests").then().statusCode(201)
                    .extract().path("id");
            String child = Fixtures.dpo().body(Map.of("approve", true,
                            "justification", "Prior written consent: the joint review needs the theme"))
                    .post("/api/v1/onward-requests/" + onward + "/decision").then().statusCode(200)
                    .extract().path("childReleaseId");
            String path = "/api/v1/withdrawal-propagations/" + consentId;
            assertProblem(as("staff").get(path), 404, "not-found");

            events.send(new ConsentWithdrawn(consentId, subject, 2, true, List.of(), List.of(), List.of(),
                    ContactChannel.PHONE, "staff-1", Instant.now()));
            await().atMost(PATIENCE).untilAsserted(() -> as("staff").get(path).then().statusCode(200)
                    .body("total", equalTo(3)).body("answered", equalTo(0)));

            as("dpo").get(path).then().statusCode(200).body("consentId", equalTo(consentId.toString()))
                    .body("subjectId", equalTo(subject))
                    .body("recipients.notification.releaseId", containsInAnyOrder(atC, atD, child))
                    .body("recipients.find { it.notification.releaseId == '" + child + "' }.parentReleaseId", equalTo(atC))
                    .body("recipients.find { it.notification.releaseId == '" + atC + "' }.parentReleaseId", nullValue())
                    .body("recipients.notification.deliveryState", hasItems("POLL_ONLY"));

            String notification = Releases.notificationOf(child);
            Releases.partner("partner-d").body(Map.of("response", "CONTINUING",
                            "justification", "A court order requires the record to be kept", "lawfulBasis", "C"))
                    .post("/api/v1/partner/notifications/" + notification + "/answer").then().statusCode(200);
            as("staff").get(path).then().statusCode(200).body("answered", equalTo(1))
                    .body("recipients.find { it.notification.releaseId == '" + child + "' }.notification.response",
                            equalTo("CONTINUING"))
                    .body("recipients.find { it.notification.releaseId == '" + child + "' }.notification.lawfulCondition",
                            equalTo("Art6(1)(c)"));

            // a partner and an auditor see no one's propagation
            assertProblem(Releases.partner("partner-c").get(path), 403);
            assertProblem(as("auditor").get(path), 403);
        }
    }
}
