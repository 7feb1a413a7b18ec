package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.testing.BadInputContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** POST /partner/guidance-acknowledgements: bad input gets a clear 4xx and changes nothing. */
@QuarkusTest
class GuidanceAcknowledgementBadInputTest extends BadInputContract {

    @Override
    protected String endpoint() {
        return "/api/v1/partner/guidance-acknowledgements";
    }

    @Override
    protected Map<String, Object> validBody() {
        Fixtures.partnerB();
        Map<String, Object> body = new HashMap<>();
        body.put("guidanceNoteId", Fixtures.publishGuidance("PHARMACY"));
        return body;
    }

    @Override
    protected String user() {
        return "partner-b";
    }

    @Override
    protected List<String> tables() {
        return List.of("guidance_acknowledgement", "idempotency_key");
    }

    @Override
    protected String requiredField() {
        return "guidanceNoteId";
    }

    @Override
    protected String typedField() {
        return "guidanceNoteId";
    }

    @Test
    @DisplayName("P1.3 acknowledging a guidance version that does not exist is refused with 404 and stores nothing")
    void unknownNote() {
        Fixtures.partnerB();
        Map<String, Object> body = new HashMap<>();
        body.put("guidanceNoteId", UUID.randomUUID().toString());
        assertRefusedAndNothingStored(() -> post(body), 404, "not-found");
    }
}
