package org.infoshare.e2e;

import io.restassured.http.ContentType;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * The four services as separate processes with real Keycloak tokens: all ready, security holds on
 * every service, and an event written through one service's outbox is consumed by another.
 */
@ExtendWith(Platform.class)
class PlatformSmokeIT {

    private static final Map<String, String> ENDPOINTS = Map.of(
            "consent-service", "/api/v1/subject-access-requests",
            "sharing-service", "/api/v1/safeguarding-referrals",
            "breach-service", "/api/v1/breaches",
            "audit-service", "/api/v1/trail/entries");

    @Test
    @DisplayName("all four services are ready, with the database and Kafka checks UP")
    void allServicesAreReady() {
        assertThat(Platform.services()).hasSize(4);
        for (ServiceProcess service : Platform.services()) {
            given().baseUri(service.managementUrl()).get("/q/health/ready").then()
                    .statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Test
    @DisplayName("every service refuses an anonymous call and a token without the infoshare-api audience with 401")
    void anonymousAndForeignAudienceAreUnauthenticated() {
        String noAudience = Tokens.userWithoutAudience("dpo");
        ENDPOINTS.forEach((service, path) -> {
            assertProblem(given().baseUri(Platform.url(service)).get(path), 401);
            assertProblem(given().baseUri(Platform.url(service)).auth().oauth2(noAudience).get(path), 401);
        });
    }

    @Test
    @DisplayName("every service refuses a role its endpoint does not allow with 403, and allows the right one")
    void rolesAreEnforcedOnEveryService() {
        Map<String, List<String>> wrongAndRight = Map.of(
                "consent-service", List.of("auditor", "staff"),
                "sharing-service", List.of("staff", "dpo"),
                "breach-service", List.of("auditor", "dpo"),
                "audit-service", List.of("dpo", "auditor"));
        wrongAndRight.forEach((service, users) -> {
            String path = ENDPOINTS.get(service);
            assertProblem(given().baseUri(Platform.url(service)).auth().oauth2(Tokens.user(users.get(0)))
                    .get(path), 403);
            given().baseUri(Platform.url(service)).auth().oauth2(Tokens.user(users.get(1))).get(path)
                    .then().statusCode(200);
        });
    }

    @Test
    @DisplayName("X2 events written through three services' outboxes reach audit-service's trail across processes")
    void eventsCrossProcessesThroughKafka() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String breachId = given().baseUri(Platform.url("breach-service")).auth().oauth2(Tokens.user("staff"))
                .contentType(ContentType.JSON)
                .body(Map.of("summary", "Survey answers sent to the wrong address", "discoveredHow", "Recipient called",
                        "occurredAt", now.minusSeconds(600).toString(), "awareAt", now.minusSeconds(300).toString(),
                        "cyberIncident", false, "dataCategories", List.of("experience"), "releaseIds", List.of()))
                .post("/api/v1/breaches").then().statusCode(201).extract().path("id");
        String sarSubject = given().baseUri(Platform.url("consent-service")).auth().oauth2(Tokens.user("staff"))
                .contentType(ContentType.JSON).body(Map.of("givenName", "Grace", "familyName", "Hopper"))
                .post("/api/v1/subjects").then().statusCode(201).extract().path("subjectId");
        given().baseUri(Platform.url("consent-service")).auth().oauth2(Tokens.user("staff"))
                .contentType(ContentType.JSON)
                .body(Map.of("subjectId", sarSubject, "channel", "LETTER", "receivedAt", now.toString()))
                .post("/api/v1/subject-access-requests").then().statusCode(201);
        String referralSubject = UUID.randomUUID().toString();
        // P3.1: a referral goes to a registered safeguarding team taking its route (here polling, no webhook)
        Map<String, Object> team = Map.of("id", "county-safeguarding", "name", "County safeguarding team",
                "kind", "SAFEGUARDING_TEAM", "purposes", List.of("safeguarding"),
                "safeguardingRoutes", List.of("CHILDREN", "ADULTS"));
        int registered = given().baseUri(Platform.url("sharing-service")).auth().oauth2(Tokens.user("dpo"))
                .contentType(ContentType.JSON).body(team).post("/api/v1/partners").statusCode();
        assertThat(registered).as("registered, or registered by an earlier run").isIn(201, 409);
        given().baseUri(Platform.url("sharing-service")).auth().oauth2(Tokens.user("staff"))
                .contentType(ContentType.JSON)
                .body(Map.of("subjectId", referralSubject, "safeguardingTeam", "county-safeguarding",
                        "route", "ADULTS", "category", "INSTITUTIONAL",
                        "concern", "Residents left unwashed for days; staff say the night shift is short"))
                .post("/api/v1/safeguarding-referrals").then().statusCode(201);

        assertThat(awaitTrail(breachId)).containsExactly("org.infoshare.breach-suspected.v1");
        // the person's registration is an event too (X1), before the request, on the same key
        await().atMost(Duration.ofSeconds(30)).until(() -> trail(sarSubject).size() >= 2);
        assertThat(trail(sarSubject)).containsExactly("org.infoshare.subject-registered.v1",
                "org.infoshare.subject-access-requested.v1");
        // the team polls: left to polling is announced with the referral, in its transaction
        await().atMost(Duration.ofSeconds(30)).until(() -> trail(referralSubject).size() >= 2);
        assertThat(trail(referralSubject)).containsExactlyInAnyOrder("org.infoshare.safeguarding-referred.v1",
                "org.infoshare.safeguarding-referral-progressed.v1");
    }

    private static List<String> awaitTrail(String subject) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !trail(subject).isEmpty());
        return trail(subject);
    }

    private static List<String> trail(String subject) {
        return given().baseUri(Platform.url("audit-service")).auth().oauth2(Tokens.user("auditor"))
                .queryParam("subject", subject).get("/api/v1/trail/entries")
                .then().statusCode(200).extract().jsonPath().getList("items.type", String.class);
    }
}
