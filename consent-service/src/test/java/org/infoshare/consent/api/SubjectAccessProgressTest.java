package org.infoshare.consent.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** A subject access request from intake to this service's part of the answer (P12.2). */
@QuarkusTest
class SubjectAccessProgressTest {

    private static final String REQUESTS = "/api/v1/subject-access-requests";

    @Test
    @DisplayName("P12.2 nothing is released before identity is verified; then the answer holds everything this service has, and the read is recorded")
    void answerOnlyAfterIdentityVerification() {
        Map<String, Object> person = Subjects.person();
        String subjectId = Subjects.register(person);
        ConsentRequests.give(ConsentRequests.consent(subjectId, ConsentRequests.publishSheet()));
        String id = given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .body(Map.of("subjectId", subjectId, "channel", "IN_PERSON", "receivedAt", "2026-01-31T10:00:00Z"))
                .post(REQUESTS).then().statusCode(201).body("status", equalTo("AWAITING_IDENTITY"))
                .body("dueDate", equalTo("2026-02-28")).extract().path("id");

        assertProblem(given().auth().oauth2(Tokens.user("staff")).get(REQUESTS + "/" + id + "/answer"), 409);

        given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .body(Map.of("method", "photo ID seen at the office"))
                .post(REQUESTS + "/" + id + "/identity-verification").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("identityVerified", equalTo(true));

        try (TopicReader accesses = new TopicReader("test.personal-data-accessed")) {
            given().auth().oauth2(Tokens.user("dpo")).get(REQUESTS + "/" + id + "/answer").then().statusCode(200)
                    .body("consent.subject.givenName", equalTo(person.get("givenName")))
                    .body("consent.consents", hasSize(1))
                    .body("consent.subjectAccessRequests", hasSize(1))
                    .body("missingParts", hasSize(3));
            assertThat(accesses.await(r -> subjectId.equals(r.key()), 1, Duration.ofSeconds(30))).hasSize(1);
        }
    }

    @Test
    @DisplayName("P12.2 a pause moves the due date, an extension needs a reason and is capped, and the list is ordered by due date")
    void pausesExtensionsAndTheList() {
        String id = given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .body(SubjectAccessRequests.valid()).post(REQUESTS).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(Map.of("reason", "CLARIFICATION"))
                .post(REQUESTS + "/" + id + "/pauses").then().statusCode(200).body("status", equalTo("PAUSED"));
        assertProblem(given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .body(Map.of("reason", "CLARIFICATION")).post(REQUESTS + "/" + id + "/pauses"), 409);
        given().auth().oauth2(Tokens.user("staff")).post(REQUESTS + "/" + id + "/resumptions").then().statusCode(200);

        assertProblem(given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .body(Map.of("months", 1, "reason", "complex")).post(REQUESTS + "/" + id + "/extension"), 403);
        Response extended = given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.JSON)
                .body(Map.of("months", 2, "reason", "records in several services"))
                .post(REQUESTS + "/" + id + "/extension");
        extended.then().statusCode(200).body("extensionMonths", equalTo(2));
        assertProblem(given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.JSON)
                .body(Map.of("months", 1, "reason", "more")).post(REQUESTS + "/" + id + "/extension"), 422);
        assertProblem(given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.JSON)
                .body(Map.of("months", 1)).post(REQUESTS + "/" + id + "/extension"), 400);

        List<String> dueDates = given().auth().oauth2(Tokens.user("staff")).queryParam("size", 200).get(REQUESTS)
                .then().statusCode(200).extract().jsonPath().getList("items.dueDate", String.class);
        assertThat(dueDates.stream().map(LocalDate::parse).toList()).isSorted();
    }

    @Test
    @DisplayName("P12.2 a request for someone the vault does not know is refused until they are registered")
    void unknownSubjectIsRefused() {
        Map<String, Object> body = SubjectAccessRequests.valid();
        body.put("subjectId", "00000000-0000-0000-0000-000000000000");
        assertProblem(given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(body)
                .post(REQUESTS), 422);
    }

    @Test
    @DisplayName("P12.1 an FOI request is logged with its contract's council and when it was handed over; other roles may not")
    void foiRequestsAreLogged() {
        given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .body(Map.of("receivedAt", "2026-03-01T09:00:00Z", "summary", "Spending on enter-and-view visits 2025",
                        "contractId", "hw-rutland", "handedOverAt", "2026-03-02T09:00:00Z"))
                .post("/api/v1/foi-requests").then().statusCode(201).body("council", equalTo("Rutland County Council"))
                .body("handedOverAt", equalTo("2026-03-02T09:00:00Z"));
        given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/foi-requests").then().statusCode(200)
                .body("items.summary", org.hamcrest.Matchers.hasItem("Spending on enter-and-view visits 2025"));
        assertProblem(given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .body(Map.of("receivedAt", "2026-03-05T09:00:00Z", "summary", "x", "contractId", "hw-rutland",
                        "handedOverAt", "2026-03-02T09:00:00Z")).post("/api/v1/foi-requests"), 422);
        assertProblem(given().auth().oauth2(Tokens.user("auditor")).get("/api/v1/foi-requests"), 403);
        assertProblem(given().auth().oauth2(Tokens.user("partner-a")).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/foi-requests"), 403);
    }
}
