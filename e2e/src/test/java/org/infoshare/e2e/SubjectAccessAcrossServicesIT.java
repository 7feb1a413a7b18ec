package org.infoshare.e2e;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.e2e.Journeys.PATIENCE;
import static org.infoshare.e2e.Journeys.approvedRelease;
import static org.infoshare.e2e.Journeys.breach;
import static org.infoshare.e2e.Journeys.consent;
import static org.infoshare.e2e.Journeys.giveConsent;
import static org.infoshare.e2e.Journeys.passedOnward;
import static org.infoshare.e2e.Journeys.pharmacy;
import static org.infoshare.e2e.Journeys.registerSubject;
import static org.infoshare.e2e.Journeys.serviceProvider;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P12.2 across the packaged services (issue 12): once a subject access requester's identity is
 * verified, sharing-, breach- and audit-service each prepare their part and send it by event (no
 * service calls another, no identifier leaves the vault); consent-service assembles them with its
 * own, and the DPO reviews the one answer and releases it once.
 */
@ExtendWith(Platform.class)
class SubjectAccessAcrossServicesIT {

    private static final String REQUESTS = "/api/v1/subject-access-requests";

    @Test
    @DisplayName("P12.2 a person with consents, a release passed onward, a withdrawal and a breach: every service's part arrives, "
            + "the DPO sees one assembled answer, reviews it and releases it once")
    void everyPartArrivesAndTheDpoReleasesTheAnswerOnce() {
        serviceProvider("partner-a", null);
        pharmacy("partner-b", null);
        String subject = registerSubject();
        String kept = giveConsent(subject, List.of("partner-a", "partner-b"));
        String withdrawn = giveConsent(subject, List.of("partner-a"));
        String atA = approvedRelease("partner-a", subject, kept, Journeys.marker());
        String atB = passedOnward("partner-a", atA, "partner-b");
        consent("staff").body(Map.of("whole", true, "channel", "LETTER"))
                .post("/api/v1/consents/" + withdrawn + "/withdrawals").then().statusCode(200);
        String breachId = breach("staff").body(breachReport(List.of(atA))).post("/api/v1/breaches").then().statusCode(201)
                .extract().path("id");
        // a member of staff looks the person up: a read of their personal data, for the audit part
        consent("staff").queryParam("purpose", "arrange a home visit").get("/api/v1/subjects/" + subject)
                .then().statusCode(200);
        // what each service holds has reached it before the request is verified
        await("breach-service's tracing of " + breachId).atMost(PATIENCE).untilAsserted(() ->
                assertThat(breach("staff").get("/api/v1/breaches/" + breachId + "/affected").then().statusCode(200)
                        .extract().jsonPath().getList("subjectIds", String.class)).contains(subject));
        await("the trail's reads of " + subject).atMost(PATIENCE).untilAsserted(() ->
                assertThat(audit().queryParam("subject", subject).queryParam("size", 500).get("/api/v1/trail/entries")
                        .then().statusCode(200).extract().jsonPath().getList("items.type", String.class))
                        .anyMatch(type -> type.contains("personal-data-accessed")));

        String id = consent("staff").body(Map.of("subjectId", subject, "channel", "LETTER",
                        "receivedAt", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString()))
                .post(REQUESTS).then().statusCode(201).extract().path("id");
        assertProblem(consent("dpo").get(REQUESTS + "/" + id + "/answer"), 409);
        consent("staff").body(Map.of("method", "photo ID seen at the office"))
                .post(REQUESTS + "/" + id + "/identity-verification").then().statusCode(200);

        await("every service's part of the answer to " + id).atMost(PATIENCE).untilAsserted(() ->
                assertThat(answer(id).getList("missingParts")).isEmpty());
        JsonPath answer = answer(id);
        assertThat(answer.getList("parts.service", String.class))
                .containsExactlyInAnyOrder("sharing-service", "breach-service", "audit-service");
        assertThat(answer.getList("parts.completeness", String.class)).containsOnly("COMPLETE");
        assertThat(answer.getBoolean("complete")).isTrue();

        // consent-service's own part: who the person is, both consents, one of them withdrawn
        assertThat(answer.getString("consent.subject.subjectId")).isEqualTo(subject);
        assertThat(answer.getList("consent.consents.id", String.class)).containsExactlyInAnyOrder(kept, withdrawn);
        assertThat(answer.getString("consent.consents.find { it.id == '" + withdrawn + "' }.state")).isEqualTo("WITHDRAWN");

        // sharing-service's: the request and its decision, the release to partner-a and its onward child at partner-b
        List<Map<String, Object>> sharing = records(answer, "sharing-service");
        assertThat(sharing).extracting(r -> r.get("kind")).contains("share-request", "decision", "release", "onward-release");
        assertThat(sharing).filteredOn(r -> atA.equals(r.get("recordId")) && "release".equals(r.get("kind")))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("party")).isEqualTo("partner-a");
                    assertThat((List<?>) r.get("categories")).isNotEmpty();
                });
        assertThat(sharing).filteredOn(r -> atB.equals(r.get("recordId"))).singleElement().satisfies(r -> {
            assertThat(r.get("kind")).isEqualTo("onward-release");
            assertThat(r.get("relatedId")).isEqualTo(atA);
            assertThat(r.get("party")).isEqualTo("partner-b");
        });
        // breach-service's: the breach that reached the person
        assertThat(records(answer, "breach-service")).extracting(r -> r.get("recordId")).contains(breachId);
        // audit-service's: who read their data
        assertThat(records(answer, "audit-service")).extracting(r -> r.get("kind")).contains("data-read");
        // no identifier travelled: the other services' parts know the person by the pseudonymous id only
        String givenName = answer.getString("consent.subject.givenName");
        assertThat(answer.getList("parts").toString()).doesNotContain(givenName)
                .doesNotContain(answer.getString("consent.subject.email"));

        // the DPO reviews the one answer and releases it, once
        assertProblem(consent("staff").post(REQUESTS + "/" + id + "/answer/release"), 403);
        consent("dpo").post(REQUESTS + "/" + id + "/answer/review").then().statusCode(200);
        consent("dpo").post(REQUESTS + "/" + id + "/answer/release").then().statusCode(200)
                .body("released.at", org.hamcrest.Matchers.notNullValue()).body("complete", equalTo(true));
        Response again = consent("dpo").post(REQUESTS + "/" + id + "/answer/release");
        assertProblem(again, 409);
        assertThat(again.jsonPath().getList("rules", String.class)).containsExactly("P12.2");
    }

    private static JsonPath answer(String id) {
        return consent("dpo").get(REQUESTS + "/" + id + "/answer").then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> records(JsonPath answer, String service) {
        return answer.getList("parts.find { it.service == '" + service + "' }.records");
    }

    private static Map<String, Object> breachReport(List<String> releaseIds) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new HashMap<>();
        body.put("releaseIds", releaseIds);
        body.put("summary", "The partner's export of discharge themes was e-mailed to the wrong team");
        body.put("discoveredHow", "The recipient called the office");
        body.put("occurredAt", now.minusSeconds(600).toString());
        body.put("awareAt", now.minusSeconds(300).toString());
        body.put("cyberIncident", false);
        body.put("dataCategories", List.of("experience"));
        return body;
    }

    private static io.restassured.specification.RequestSpecification audit() {
        return given().baseUri(Platform.url("audit-service")).auth().oauth2(Tokens.user("auditor"));
    }
}
