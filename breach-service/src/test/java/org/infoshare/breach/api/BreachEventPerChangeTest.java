package org.infoshare.breach.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.infoshare.testing.EventPerChangeContract;
import org.infoshare.testing.Tokens;
import org.infoshare.testing.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** X1: every breach-service endpoint that changes state commits its event; escalations are events too. */
@QuarkusTest
class BreachEventPerChangeTest extends EventPerChangeContract {

    private final SharingEvents sharing = new SharingEvents();

    @AfterEach
    void close() {
        sharing.close();
    }

    @Override
    protected Map<String, String> eventPerEndpoint() {
        return Map.of(
                "POST /api/v1/breaches", "breach-suspected",
                "POST /api/v1/breaches/{id}/assessments", "breach-assessed",
                "POST /api/v1/breaches/{id}/ico-reports", "breach-reported",
                "POST /api/v1/breaches/{id}/notices", "breach-notice-requested",
                "POST /api/v1/breaches/{id}/notices/{noticeId}/sent", "individuals-notified",
                "POST /api/v1/breaches/{id}/actions", "breach-action-recorded",
                "POST /api/v1/breaches/{id}/actions/{actionId}/done", "breach-action-completed",
                "POST /api/v1/breaches/{id}/close", "breach-closed");
    }

    @Override
    protected Map<String, String> exemptions() {
        return Map.of(
                "POST /api/v1/ops/dead-letters/{partition}/{offset}/replay",
                "re-delivers to this service's consumer an event already on Kafka (so already in the trail); "
                        + "what the consumer then changes commits its own events",
                "POST /api/v1/ops/dead-letters/replay",
                "re-delivers events already on Kafka, as above");
    }

    @Override
    protected List<String> change(String endpoint) {
        return List.of(exercise(endpoint));
    }

    private String exercise(String endpoint) {
        return switch (endpoint) {
            case "POST /api/v1/breaches" -> BreachReports.report("staff", BreachReports.valid());
            case "POST /api/v1/breaches/{id}/assessments" -> {
                String id = BreachReports.report("staff", BreachReports.valid());
                BreachReports.assess(id, "REMOTE", "MINIMAL");
                yield id;
            }
            case "POST /api/v1/breaches/{id}/ico-reports" -> {
                String id = BreachReports.report("staff", BreachReports.valid());
                BreachReports.assess(id, "LIKELY", "SEVERE");
                BreachReports.initialIcoReport(id);
                yield id;
            }
            case "POST /api/v1/breaches/{id}/notices" -> highRiskWithNotices();
            case "POST /api/v1/breaches/{id}/notices/{noticeId}/sent" -> {
                String id = highRiskWithNotices();
                String notice = given().auth().oauth2(Tokens.user("staff")).get("/api/v1/breaches/" + id + "/notices")
                        .then().statusCode(200).extract().jsonPath().getString("items[0].id");
                given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                        .body(Map.of("channel", "LETTER"))
                        .post("/api/v1/breaches/" + id + "/notices/" + notice + "/sent").then().statusCode(200);
                yield notice;
            }
            case "POST /api/v1/breaches/{id}/actions" -> action(BreachReports.report("staff", BreachReports.valid()),
                    "INVESTIGATION");
            case "POST /api/v1/breaches/{id}/actions/{actionId}/done" -> {
                String id = BreachReports.report("staff", BreachReports.valid());
                String action = action(id, "MITIGATION");
                done(id, action);
                yield action;
            }
            case "POST /api/v1/breaches/{id}/close" -> {
                String id = BreachReports.report("staff", BreachReports.valid());
                BreachReports.assess(id, "REMOTE", "MINIMAL");
                for (String kind : List.of("INVESTIGATION", "PREVENTION")) {
                    done(id, action(id, kind));
                }
                dpo().post("/api/v1/breaches/" + id + "/close").then().statusCode(200);
                yield id;
            }
            default -> throw new IllegalArgumentException("no exercise for " + endpoint);
        };
    }

    @Test
    @DisplayName("X1 P14.2 each escalation point the ICO clock reaches is a breach-escalated event")
    void escalationsAreEvents() {
        try (TopicReader reader = new TopicReader("test.breach-events")) {
            // 60 hours since awareness: 12 hours left, so the 48h and 24h points are due
            String id = BreachReports.report("staff", BreachReports.aware(
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(60, ChronoUnit.HOURS), List.of()));
            var escalated = reader.await(r -> id.equals(r.key()) && new String(r.value(), StandardCharsets.UTF_8)
                    .contains("org.infoshare.breach-escalated.v1"), 2, Duration.ofSeconds(30));
            assertThat(escalated).hasSize(2);
            assertThat(escalated).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                    .anyMatch(v -> v.contains("\"minutesBeforeDeadline\":2880"))
                    .anyMatch(v -> v.contains("\"minutesBeforeDeadline\":1440"));
        }
    }

    /** A high-risk breach naming one traced release, its notice prepared. */
    private String highRiskWithNotices() {
        var release = SharingEvents.release("subj-" + UUID.randomUUID(), "partner-a", null, "health");
        sharing.publish(release);
        String id = BreachReports.report("staff", BreachReports.aware(Instant.now().minus(1, ChronoUnit.HOURS),
                List.of(release.releaseId())));
        BreachTracingTest.awaitAffected(id, 1);
        BreachReports.assess(id, "LIKELY", "SEVERE");
        dpo().body(BreachWorkflowTest.notices()).post("/api/v1/breaches/" + id + "/notices").then().statusCode(201);
        return id;
    }

    private static String action(String breachId, String kind) {
        return dpo().body(BreachReports.action(kind)).post("/api/v1/breaches/" + breachId + "/actions")
                .then().statusCode(201).extract().path("id");
    }

    private static void done(String breachId, String actionId) {
        given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "done and checked"))
                .post("/api/v1/breaches/" + breachId + "/actions/" + actionId + "/done").then().statusCode(200);
    }

    private static RequestSpecification dpo() {
        return given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.JSON);
    }
}
