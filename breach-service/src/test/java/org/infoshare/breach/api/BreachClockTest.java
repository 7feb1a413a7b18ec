package org.infoshare.breach.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * P14.2 through the API: the deadline shown for awareness given with different offsets, across the
 * spring clock change, and the escalation job raising the configured points (48h, 24h, 6h, deadline)
 * as the clock runs down; it runs every second in tests.
 */
@QuarkusTest
class BreachClockTest {

    @Test
    @DisplayName("P14.2 awareness at 01:30 GMT on the last Sunday of March 2025, given in any offset, is due at 02:30 BST on Wednesday 2 April")
    void deadlineAcrossTheSpringChange() {
        for (String aware : List.of("2025-03-30T01:30:00Z", "2025-03-30T02:30:00+01:00", "2025-03-29T21:30:00-04:00",
                "2025-03-30T07:00:00+05:30")) {
            Map<String, Object> body = BreachReports.aware(Instant.parse("2025-03-30T01:30:00Z"), List.of());
            body.put("awareAt", aware);
            String id = BreachReports.report("staff", body);
            given().auth().oauth2(Tokens.user("staff")).get("/api/v1/breaches/" + id).then().statusCode(200)
                    .body("awareAt", equalTo("2025-03-30T01:30:00Z"))
                    .body("clock.deadline", equalTo("2025-04-02T01:30:00Z"))
                    .body("clock.deadlineUk", equalTo("2025-04-02T02:30:00+01:00[Europe/London]"))
                    .body("clock.overdue", equalTo(true));
        }
    }

    @Test
    @DisplayName("P14.2 the clock shows the time left and escalates at 48h and 24h before the deadline, not yet at 6h")
    void escalatesAsTheClockRunsDown() {
        Instant awareAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(50, ChronoUnit.HOURS);
        String id = BreachReports.report("staff", BreachReports.aware(awareAt, List.of()));

        JsonPath view = awaitEscalations(id, 2);
        assertThat(view.getList("clock.escalations.beforeDeadline", String.class)).containsExactly("PT48H", "PT24H");
        Duration left = Duration.parse(view.getString("clock.timeLeft"));
        assertThat(left).isBetween(Duration.ofHours(21), Duration.ofHours(22));
        assertThat(view.getBoolean("clock.running")).isTrue();
        assertThat(view.getBoolean("clock.overdue")).isFalse();
    }

    @Test
    @DisplayName("P14.2 an overdue clock has raised every point, the deadline included")
    void overdueClockRaisedEveryPoint() {
        String id = BreachReports.report("dpo",
                BreachReports.aware(Instant.now().minus(73, ChronoUnit.HOURS), List.of()));
        JsonPath view = awaitEscalations(id, 4);
        assertThat(view.getList("clock.escalations.beforeDeadline", String.class))
                .containsExactly("PT48H", "PT24H", "PT6H", "PT0S");
        assertThat(view.getBoolean("clock.overdue")).isTrue();
    }

    @Test
    @DisplayName("P14.2 the list shows every breach's clock; a clock stopped by a no-risk assessment is not overdue")
    void listShowsClocks() {
        String id = BreachReports.report("staff",
                BreachReports.aware(Instant.now().minus(100, ChronoUnit.HOURS), List.of()));
        BreachReports.assess(id, "REMOTE", "MINIMAL");
        List<Map<String, Object>> items = given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .get("/api/v1/breaches?size=200").then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> listed = items.stream().filter(b -> id.equals(b.get("id"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> clock = (Map<String, Object>) listed.get("clock");
        assertThat(clock.get("running")).isEqualTo(false);
        assertThat(clock.get("overdue")).isEqualTo(false);
        assertThat(listed.get("riskLevel")).isEqualTo("NO_RISK");
    }

    private static JsonPath awaitEscalations(String id, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> view(id).getList("clock.escalations").size() >= count);
        return view(id);
    }

    private static JsonPath view(String id) {
        return given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/breaches/" + id).then().statusCode(200)
                .extract().jsonPath();
    }
}
