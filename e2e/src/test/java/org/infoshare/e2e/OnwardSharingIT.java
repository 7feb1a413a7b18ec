package org.infoshare.e2e;

import io.restassured.response.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.e2e.Journeys.approvedRelease;
import static org.infoshare.e2e.Journeys.askOnward;
import static org.infoshare.e2e.Journeys.giveConsent;
import static org.infoshare.e2e.Journeys.passedOnward;
import static org.infoshare.e2e.Journeys.pharmacy;
import static org.infoshare.e2e.Journeys.registerSubject;
import static org.infoshare.e2e.Journeys.release;
import static org.infoshare.e2e.Journeys.serviceProvider;
import static org.infoshare.e2e.Journeys.sharing;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P10.1 across the packaged services (issue 11): the person's consent, given in consent-service,
 * decides where their data may go onward, as it does for every share. A partner asking to pass a
 * release to a recipient the consent does not name is refused at once, with the rule that refused
 * it, and nothing is stored or released; to a recipient it names, the share goes to the DPO.
 */
@ExtendWith(Platform.class)
class OnwardSharingIT {

    @Test
    @DisplayName("P10.1 P6.2a an onward share to a recipient the person's consent does not name is refused with 422 P6.2a "
            + "and nothing is stored or released; to one it names, the DPO's prior written consent releases it")
    void onwardShareFollowsTheConsent() {
        serviceProvider("partner-a", null);
        serviceProvider("partner-d", null); // a governed partner, but not one the person named
        pharmacy("partner-b", null);
        String subject = registerSubject();
        String consentId = giveConsent(subject, List.of("partner-a", "partner-b"));
        String atA = approvedRelease("partner-a", subject, consentId, Journeys.marker());

        Response refused = askOnward("partner-a", atA, "partner-d");
        assertProblem(refused, 422, "unprocessable");
        assertThat(refused.jsonPath().getList("rules", String.class)).containsExactly("P6.2a");
        assertThat(refused.jsonPath().getString("detail")).contains("P6.2a");

        // nothing stored: no onward request of the release, for partner-a or in the DPO's queue
        List<String> asked = sharing("partner-a").queryParam("size", 200).get("/api/v1/partner/onward-requests")
                .then().statusCode(200).extract().path("items.releaseId");
        assertThat(asked).doesNotContain(atA);
        List<String> queue = sharing("dpo").queryParam("status", "AWAITING_DPO").queryParam("size", 200)
                .get("/api/v1/onward-requests").then().statusCode(200).extract().path("items.releaseId");
        assertThat(queue).doesNotContain(atA);
        // nothing released: partner-d holds no child of it
        List<Map<String, Object>> atD = sharing("staff").queryParam("partnerId", "partner-d").queryParam("size", 200)
                .get("/api/v1/releases").then().statusCode(200).extract().path("items");
        assertThat(atD).extracting(r -> r.get("parentReleaseId")).doesNotContain(atA);

        // the consent names partner-b: asked, consented to by the DPO, released as a child
        String child = passedOnward("partner-a", atA, "partner-b");
        release(child).then().statusCode(200).body("parentReleaseId", equalTo(atA))
                .body("partnerId", equalTo("partner-b")).body("consentId", equalTo(consentId));
    }
}
