package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.testing.BadInputContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/** POST /protocols: bad input gets a clear 4xx and changes nothing. */
@QuarkusTest
class ProtocolBadInputTest extends BadInputContract {

    @Override
    protected String endpoint() {
        return "/api/v1/protocols";
    }

    @Override
    protected Map<String, Object> validBody() {
        Fixtures.partnerA();
        return Fixtures.protocol("partner-a", Fixtures.PURPOSE);
    }

    @Override
    protected String user() {
        return "dpo";
    }

    @Override
    protected List<String> tables() {
        return List.of("protocol");
    }

    @Override
    protected String requiredField() {
        return "purpose";
    }

    @Override
    protected String typedField() {
        return "staleConsentAfterDays";
    }

    @Test
    @DisplayName("P1.2 a protocol without a named recipient is refused with 400 and stores nothing")
    void namedRecipientRequired() {
        Map<String, Object> body = validBody();
        body.put("method", Map.of("channel", "SECURE_API", "sender", "Intelligence team"));
        assertRefusedAndNothingStored(() -> post(body), 400, "validation-failed");
    }
}
