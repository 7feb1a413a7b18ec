package org.infoshare.breach.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.infoshare.testing.BadInputContract;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** P14.2 assessments: bad input gets a clear 4xx and stores neither an assessment nor an event. */
@QuarkusTest
class AssessmentBadInputTest extends BadInputContract {

    private static String breachId;

    /** The breach exists before any counting starts. */
    @BeforeEach
    void breachExists() {
        endpoint();
    }

    @Override
    protected String endpoint() {
        if (breachId == null) {
            breachId = BreachReports.report("staff", BreachReports.valid());
        }
        return "/api/v1/breaches/" + breachId + "/assessments";
    }

    @Override
    protected Map<String, Object> validBody() {
        return BreachReports.assessment("POSSIBLE", "SIGNIFICANT");
    }

    @Override
    protected String user() {
        return "dpo";
    }

    @Override
    protected List<String> tables() {
        return List.of("breach_assessment", "breach");
    }

    @Override
    protected String requiredField() {
        return "consequences";
    }

    @Override
    protected String typedField() {
        return "likelihood";
    }

    @Test
    @DisplayName("P14.2 a likelihood outside the vocabulary is refused with 400 naming it")
    void unknownLikelihood() {
        Map<String, Object> body = validBody();
        body.put("likelihood", "VERY");
        Response response = assertRefusedAndNothingStored(() -> post(body), 400, "invalid-field-type");
        assertThat(response.jsonPath().getString("errors[0].field")).isEqualTo("likelihood");
    }

    @Test
    @DisplayName("P14.2 an assessment without factors is refused with 400 naming them")
    void factorsRequired() {
        Map<String, Object> body = validBody();
        body.put("factors", List.of());
        Response response = assertRefusedAndNothingStored(() -> post(body), 400, "validation-failed");
        assertThat(response.jsonPath().getList("errors.field")).contains("factors");
    }

    @Test
    @DisplayName("P14.2 assessing a breach that does not exist answers 404 and stores nothing")
    void unknownBreach() {
        assertRefusedAndNothingStored(() -> given().auth().oauth2(Tokens.user("dpo"))
                .contentType(ContentType.JSON).body(validBody())
                .post("/api/v1/breaches/" + UUID.randomUUID() + "/assessments"), 404, "not-found");
    }
}
