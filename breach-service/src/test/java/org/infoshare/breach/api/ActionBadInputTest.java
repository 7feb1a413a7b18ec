package org.infoshare.breach.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.infoshare.testing.BadInputContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** P14.4 actions: bad input gets a clear 4xx and stores no action. */
@QuarkusTest
class ActionBadInputTest extends BadInputContract {

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
        return "/api/v1/breaches/" + breachId + "/actions";
    }

    @Override
    protected Map<String, Object> validBody() {
        return BreachReports.action("INVESTIGATION");
    }

    @Override
    protected String user() {
        return "dpo";
    }

    @Override
    protected List<String> tables() {
        return List.of("breach_action");
    }

    @Override
    protected String requiredField() {
        return "description";
    }

    @Override
    protected String typedField() {
        return "dueOn";
    }

    @Test
    @DisplayName("P14.4 an action without an owner is refused with 400 naming it")
    void ownerRequired() {
        Map<String, Object> body = validBody();
        body.remove("owner");
        Response response = assertRefusedAndNothingStored(() -> post(body), 400, "validation-failed");
        assertThat(response.jsonPath().getList("errors.field")).contains("owner");
    }

    @Test
    @DisplayName("P14.4 an action kind outside P14.4's list is refused with 400 naming it")
    void unknownKind() {
        Map<String, Object> body = validBody();
        body.put("kind", "BLAME");
        Response response = assertRefusedAndNothingStored(() -> post(body), 400, "invalid-field-type");
        assertThat(response.jsonPath().getString("errors[0].field")).isEqualTo("kind");
    }
}
