package org.infoshare.breach.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.infoshare.events.staff.PolicyAcknowledged;
import org.infoshare.events.staff.TrainingRecorded;
import org.infoshare.testing.TopicWriter;
import org.infoshare.testing.Tokens;
import org.infoshare.web.StaffPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P15.1 in breach-service: the acknowledgement gate (off in the test profile) is switched on at run
 * time through {@link StaffPolicy}, with a policy version nobody has acknowledged, so that the
 * demo user {@code staff} is refused the people a breach affects until consent-service's policy-acknowledged (played
 * here on the test topic) reaches this service's own table; no call to consent-service is made.
 */
@QuarkusTest
class StaffAcknowledgementGateTest {

    @Inject
    StaffPolicy policy;

    @Test
    @DisplayName("P15.1 with the gate on, staff get 403 policy-not-acknowledged until their acknowledgement arrives by event; off, they pass")
    void gateFollowsTheAcknowledgementEvents() {
        String staffId = Tokens.actorId("staff");
        String version = "test-" + UUID.randomUUID();
        String previous = policy.currentVersion();
        assertThat(policy.requiresAcknowledgement()).as("off in the test profile").isFalse();
        assertThat(given().auth().oauth2(Tokens.user("staff")).get("/api/v1/breaches/" + UUID.randomUUID() + "/affected").statusCode()).isNotEqualTo(403);
        policy.useVersion(version);
        policy.requireAcknowledgement(true);
        try (TopicWriter consentService = new TopicWriter("test.consent-events", URI.create("urn:infoshare:consent-service"))) {
            Response refused = given().auth().oauth2(Tokens.user("staff")).get("/api/v1/breaches/" + UUID.randomUUID() + "/affected");
            assertProblem(refused, 403, "policy-not-acknowledged");
            assertThat(refused.jsonPath().getString("detail")).contains("version " + version);
            // other roles, and endpoints that show no personal data, are not held back
            assertThat(given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/breaches/" + UUID.randomUUID() + "/affected").statusCode()).isNotEqualTo(403);
            given().auth().oauth2(Tokens.user("staff")).get("/api/v1/breaches").then().statusCode(200);

            // the staff member's other register events (an older version, training) come first, in order
            consentService.send(new PolicyAcknowledged(staffId, "2019-01-01", Instant.now()), Instant.now());
            consentService.send(new TrainingRecorded(staffId, "Induction", LocalDate.now(), "dpo-1", Instant.now()),
                    Instant.now());
            consentService.send(new PolicyAcknowledged(staffId, version, Instant.now()), Instant.now());

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> given().auth().oauth2(Tokens.user("staff")).get("/api/v1/breaches/" + UUID.randomUUID() + "/affected").statusCode() != 403);
        } finally {
            policy.requireAcknowledgement(false);
            policy.useVersion(previous);
        }
    }
}
