package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.infoshare.sharing.api.Fixtures.as;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** P4.1 on the sharing side, against the stack: the GDPR vocabulary for non-consent shares and continuing recipients. */
@QuarkusTest
class LawfulConditionApiTest {

    private static final String JUSTIFICATION = "Risk of serious harm to the person from continued neglect at the home";

    /** A service provider whose agreed, attested protocol allows health data for the purpose. */
    private static String healthProvider() {
        String partner = Fixtures.randomId("trust");
        Fixtures.ensure(Fixtures.partner(partner, "SERVICE_PROVIDER", null));
        Map<String, Object> protocol = Fixtures.protocol(partner, Fixtures.PURPOSE);
        protocol.put("dataCategories", List.of("experience", "service-used", "health"));
        String id = Fixtures.dpo().body(protocol).post("/api/v1/protocols").then().statusCode(201).extract().path("id");
        Fixtures.dpo().body(Map.of("status", "AGREED")).post("/api/v1/protocols/" + id + "/status").then().statusCode(200);
        Fixtures.attested(id, partner);
        return partner;
    }

    /** A serious-harm share of one person's health data, naming no GDPR condition yet. */
    private static Map<String, Object> healthShare(String partner) {
        Map<String, Object> body = ShareRequests.underConsent(partner, "subj-" + UUID.randomUUID(), UUID.randomUUID());
        body.remove("consentId");
        body.put("basis", "SERIOUS_HARM");
        body.put("dataCategories", List.of("experience", "health"));
        body.put("sensitivity", "SPECIAL_CATEGORY");
        Map<String, Object> record = new HashMap<>(ShareRequests.personRecord());
        record.put("health", Map.of("condition", "pressure sores", "severity", "grade 3"));
        body.put("payload", ShareRequests.records(List.of(record)));
        return body;
    }

    private static int releasesTo(String partner) {
        return as("dpo").queryParam("partnerId", partner).get("/api/v1/releases")
                .then().statusCode(200).extract().path("total");
    }

    @Test
    @DisplayName("P4.1 a serious-harm share of health data without its Art. 6(1) basis, or without its Art. 9(2) condition, is refused with P4.1 and nothing is released")
    void healthShareWithoutConditionsRefused() {
        String partner = healthProvider();
        Map<String, Object> body = healthShare(partner);

        String refused = ShareRequests.post(body).then().statusCode(201).body("outcome", equalTo("REFUSED"))
                .body("reasons", equalTo(List.of("P4.1"))).body("lawfulBasis", nullValue()).extract().path("id");
        body.put("lawfulBasis", "D");
        ShareRequests.post(body).then().statusCode(201).body("outcome", equalTo("REFUSED"))
                .body("reasons", equalTo(List.of("P4.1"))).body("lawfulBasis", equalTo("D"))
                .body("article9Condition", nullValue());
        body.put("lawfulBasis", "C");
        body.put("article9Condition", "C");
        ShareRequests.post(body).then().statusCode(201).body("outcome", equalTo("REFUSED"))
                .body("reasons", equalTo(List.of("P4.1")));

        // a refused share cannot be approved by the DPO afterwards either
        assertProblem(as("dpo").body(Map.of("approve", true, "justification", JUSTIFICATION))
                .post("/api/v1/share-requests/" + refused + "/dpo-decision"), 409, "conflict");
        assertThat(releasesTo(partner)).isZero();
    }

    @Test
    @DisplayName("P4.1 a serious-harm share of health data naming Art. 6(1)(d) and Art. 9(2)(c) awaits the DPO and is released on approval")
    void healthShareWithConditionsReleased() {
        String partner = healthProvider();
        Map<String, Object> body = healthShare(partner);
        body.put("lawfulBasis", "D");
        body.put("article9Condition", "C");

        String id = ShareRequests.post(body).then().statusCode(201).body("outcome", equalTo("AWAITING_DPO"))
                .body("reasons", equalTo(List.of("P2.1"))).body("lawfulBasis", equalTo("D"))
                .body("article9Condition", equalTo("C")).extract().path("id");
        as("dpo").body(Map.of("approve", true, "justification", JUSTIFICATION))
                .post("/api/v1/share-requests/" + id + "/dpo-decision").then().statusCode(200)
                .body("outcome", equalTo("APPROVED")).body("lawfulBasis", equalTo("D"));
        assertThat(releasesTo(partner)).isEqualTo(1);
    }

    @Test
    @DisplayName("P4.1 a letter outside the Art. 6(1) or Art. 9(2) vocabulary is 400, and nothing is stored")
    void unknownLetterIsBadInput() {
        String partner = healthProvider();
        Map<String, Object> body = healthShare(partner);
        body.put("lawfulBasis", "G");
        int before = as("dpo").queryParam("size", 1).get("/api/v1/share-requests").then().extract().path("total");
        assertProblem(ShareRequests.post(body), 400);
        body.put("lawfulBasis", "D");
        body.put("article9Condition", "vital interests");
        assertProblem(ShareRequests.post(body), 400);
        assertThat((int) as("dpo").queryParam("size", 1).get("/api/v1/share-requests").then().extract().path("total"))
                .isEqualTo(before);
    }

    @Test
    @DisplayName("P4.1 a recipient continuing after a withdrawal names an Art. 6(1) basis from the vocabulary, not consent and not free text; then it is recorded and announced")
    void continuingNamesAConditionFromTheVocabulary() {
        String notification = Releases.notificationOf(Releases.withdrawnRelease("partner-a"));
        String answer = "/api/v1/partner/notifications/" + notification + "/answer";
        String why = "A court order requires the trust to keep the record";

        Response noCondition = Releases.partner("partner-a")
                .body(Map.of("response", "CONTINUING", "justification", why)).post(answer);
        assertProblem(noCondition, 422, "unprocessable");
        assertThat(noCondition.jsonPath().getList("rules", String.class)).containsExactly("P6.8");
        Response byConsent = Releases.partner("partner-a")
                .body(Map.of("response", "CONTINUING", "lawfulBasis", "A", "justification", why)).post(answer);
        assertProblem(byConsent, 422, "unprocessable");
        assertThat(byConsent.jsonPath().getList("rules", String.class)).containsExactly("P4.1");
        assertProblem(Releases.partner("partner-a").body(Map.of("response", "CONTINUING", "article9Condition", "F",
                "justification", why)).post(answer), 422, "unprocessable");
        assertProblem(Releases.partner("partner-a").body(Map.of("response", "CONTINUING", "lawfulBasis", "Z",
                "justification", why)).post(answer), 400);
        assertProblem(Releases.partner("partner-a").body(Map.of("response", "CONTINUING",
                "lawfulCondition", "we think it is fine", "justification", why)).post(answer), 400);
        Releases.partner("partner-a").get("/api/v1/partner/notifications/" + notification).then().statusCode(200)
                .body("response", nullValue()).body("answeredAt", nullValue());

        Releases.partner("partner-a").body(Map.of("response", "CONTINUING", "lawfulBasis", "C",
                        "justification", why)).post(answer).then().statusCode(200)
                .body("lawfulBasis", equalTo("C")).body("lawfulCondition", equalTo("Art6(1)(c)"));
        String releaseId = Releases.partner("partner-a").get("/api/v1/partner/notifications/" + notification)
                .then().extract().path("releaseId");
        as("dpo").queryParam("releaseId", releaseId).get("/api/v1/recipient-notifications").then().statusCode(200)
                .body("items[0].lawfulBasis", equalTo("C")).body("items[0].response", equalTo("CONTINUING"));
    }
}
