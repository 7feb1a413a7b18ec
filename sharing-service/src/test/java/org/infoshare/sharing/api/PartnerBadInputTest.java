package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.testing.BadInputContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/** POST /partners: bad input gets a clear 4xx and changes nothing. */
@QuarkusTest
class PartnerBadInputTest extends BadInputContract {

    @Override
    protected String endpoint() {
        return "/api/v1/partners";
    }

    @Override
    protected Map<String, Object> validBody() {
        return Fixtures.partner(Fixtures.randomId("bad-input"), "COMMISSIONER", null);
    }

    @Override
    protected String user() {
        return "dpo";
    }

    @Override
    protected List<String> tables() {
        return List.of("partner");
    }

    @Override
    protected String requiredField() {
        return "name";
    }

    @Override
    protected String typedField() {
        return "kind";
    }

    @Test
    @DisplayName("P1.1 a partner kind outside the policy's list is refused with 400 and stores nothing")
    void unknownKind() {
        Map<String, Object> body = validBody();
        body.put("kind", "NEWSPAPER");
        assertRefusedAndNothingStored(() -> post(body), 400, "invalid-field-type");
    }

    @Test
    @DisplayName("a webhook secret shorter than 32 characters is refused with 400 and stores nothing")
    void shortSecret() {
        Map<String, Object> body = validBody();
        body.put("webhookUrl", "https://example.org/hook");
        body.put("webhookSecret", "short");
        assertRefusedAndNothingStored(() -> post(body), 400, "validation-failed");
    }
}
