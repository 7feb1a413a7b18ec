package org.infoshare.breach.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.infoshare.testing.BadInputContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** P14.2 ICO reports: bad input gets a clear 4xx and stores neither a report nor an event. */
@QuarkusTest
class IcoReportBadInputTest extends BadInputContract {

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
            BreachReports.assess(breachId, "POSSIBLE", "SIGNIFICANT");
            BreachReports.initialIcoReport(breachId);
        }
        return "/api/v1/breaches/" + breachId + "/ico-reports";
    }

    /** A follow-up, so that accepting it again and again is allowed. */
    @Override
    protected Map<String, Object> validBody() {
        return new HashMap<>(Map.of("kind", "FOLLOW_UP", "approximateSubjects", 12,
                "measuresTaken", "The care home deleted the e-mail and confirmed it in writing"));
    }

    @Override
    protected String user() {
        return "dpo";
    }

    @Override
    protected List<String> tables() {
        return List.of("ico_report", "breach");
    }

    @Override
    protected String requiredField() {
        return "kind";
    }

    @Override
    protected String typedField() {
        return "approximateSubjects";
    }

    @Test
    @DisplayName("P14.2 a negative number of people is refused with 400 naming it")
    void negativeNumbers() {
        Map<String, Object> body = validBody();
        body.put("approximateSubjects", -1);
        Response response = assertRefusedAndNothingStored(() -> post(body), 400, "validation-failed");
        assertThat(response.jsonPath().getList("errors.field")).contains("approximateSubjects");
    }

    @Test
    @DisplayName("P14.2 a blank override is refused with 400 rather than blanking the pre-filled text")
    void blankOverride() {
        Map<String, Object> body = validBody();
        body.put("likelyConsequences", "   ");
        Response response = assertRefusedAndNothingStored(() -> post(body), 400, "validation-failed");
        assertThat(response.jsonPath().getList("errors.field")).contains("likelyConsequences");
    }

    @Test
    @DisplayName("P14.2 a second initial report is refused with 409 and stores nothing")
    void secondInitial() {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "INITIAL"));
        assertRefusedAndNothingStored(() -> post(body), 409, "conflict");
    }
}
