package org.infoshare.breach.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.infoshare.testing.BadInputContract;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** Bad input always gets a clear 4xx problem and changes nothing: no breach row, no outbox row. */
@QuarkusTest
class BreachBadInputTest extends BadInputContract {

    @Override
    protected String endpoint() {
        return "/api/v1/breaches";
    }

    @Override
    protected Map<String, Object> validBody() {
        return BreachReports.valid();
    }

    @Override
    protected String user() {
        return "staff";
    }

    @Override
    protected List<String> tables() {
        return List.of("breach");
    }

    @Override
    protected String requiredField() {
        return "summary";
    }

    @Override
    protected String typedField() {
        return "occurredAt";
    }

    @Test
    @DisplayName("an awareness time in the future is refused with 400 naming it, and stores nothing")
    void futureAwarenessIsRefused() {
        Map<String, Object> body = validBody();
        body.put("awareAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        Response response = assertRefusedAndNothingStored(() -> post(body), 400, "validation-failed");
        assertThat(response.jsonPath().getList("errors.field")).containsExactly("awareAt");
    }

    @Test
    @DisplayName("a date that is not a date is refused with 400 naming it, and stores nothing")
    void unreadableDateIsRefused() {
        Map<String, Object> body = validBody();
        body.put("occurredAt", "last tuesday");
        assertRefusedAndNothingStored(() -> post(body), 400, "invalid-field-type");
    }

    @Test
    @DisplayName("a report noticed before it happened is refused with 422 and stores nothing")
    void inconsistentTimelineIsRefused() {
        Map<String, Object> body = validBody();
        body.put("awareAt", Instant.now().minus(3, ChronoUnit.HOURS).toString());
        assertRefusedAndNothingStored(() -> post(body), 422, "unprocessable");
    }

    @Test
    @DisplayName("P14.1 a local time without an offset is refused with 400 naming it, since it is ambiguous across the clock changes")
    void timeWithoutOffsetIsRefused() {
        Map<String, Object> body = validBody();
        body.put("awareAt", "2026-03-29T01:30:00");
        Response response = assertRefusedAndNothingStored(() -> post(body), 400, "invalid-field-type");
        assertThat(response.jsonPath().getString("errors[0].field")).isEqualTo("awareAt");
    }

    @Test
    @DisplayName("P14.1 a report naming both releases and a window, or a window ending before it starts, is refused with 422")
    void inconsistentScopeIsRefused() {
        Instant now = Instant.now();
        Map<String, Object> both = validBody();
        both.put("window", Map.of("partnerId", "partner-a", "from", now.minusSeconds(7200).toString(),
                "to", now.minusSeconds(3600).toString()));
        assertRefusedAndNothingStored(() -> post(both), 422, "unprocessable");
        Map<String, Object> backwards = validBody();
        backwards.remove("releaseIds");
        backwards.put("window", Map.of("partnerId", "partner-a", "from", now.minusSeconds(3600).toString(),
                "to", now.minusSeconds(7200).toString()));
        assertRefusedAndNothingStored(() -> post(backwards), 422, "unprocessable");
    }

    @Test
    @DisplayName("P14.1 a window without its partner, or a certainty outside the vocabulary, is refused with 400")
    void malformedScopeIsRefused() {
        Map<String, Object> noPartner = validBody();
        noPartner.remove("releaseIds");
        noPartner.put("window", Map.of("from", Instant.now().minusSeconds(60).toString(),
                "to", Instant.now().toString()));
        Response response = assertRefusedAndNothingStored(() -> post(noPartner), 400, "validation-failed");
        assertThat(response.jsonPath().getList("errors.field", String.class)).anyMatch(f -> f.contains("partnerId"));
        Map<String, Object> maybe = validBody();
        maybe.put("certainty", "MAYBE");
        assertRefusedAndNothingStored(() -> post(maybe), 400, "invalid-field-type");
    }

    @Test
    @DisplayName("an unknown path, a malformed id and a page too large answer problems")
    void unknownPathAndBadParameters() {
        assertProblem(given().auth().oauth2(Tokens.user("staff")).get("/api/v1/nothing-here"), 404);
        assertProblem(given().auth().oauth2(Tokens.user("staff")).get("/api/v1/breaches/not-a-uuid"), 404);
        assertProblem(given().auth().oauth2(Tokens.user("staff")).get("/api/v1/breaches?size=100000"), 400);
    }
}
