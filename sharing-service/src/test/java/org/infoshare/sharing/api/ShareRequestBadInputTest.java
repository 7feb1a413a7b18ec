package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.testing.BadInputContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/** POST /share-requests: bad input gets a clear 4xx and changes nothing (policy refusals are decisions, not bad input). */
@QuarkusTest
class ShareRequestBadInputTest extends BadInputContract {

    @Override
    protected String endpoint() {
        return "/api/v1/share-requests";
    }

    @Override
    protected Map<String, Object> validBody() {
        Fixtures.partnerA();
        return ShareRequests.aggregate("partner-a");
    }

    @Override
    protected String user() {
        return "staff";
    }

    @Override
    protected List<String> tables() {
        return List.of("share_request", "idempotency_key");
    }

    @Override
    protected String requiredField() {
        return "partnerId";
    }

    @Override
    protected String typedField() {
        return "basis";
    }

    @Test
    @DisplayName("P2.1 a basis outside the policy's three is refused with 400 and stores nothing")
    void unknownBasis() {
        Map<String, Object> body = validBody();
        body.put("basis", "CURIOSITY");
        assertRefusedAndNothingStored(() -> post(body), 400, "invalid-field-type");
    }

    @Test
    @DisplayName("a subject id that is not a pseudonymous id (a name, say) is refused with 400 and stores nothing")
    void nameAsSubjectRefused() {
        Map<String, Object> body = validBody();
        body.put("subjectId", "Jane Smith");
        assertRefusedAndNothingStored(() -> post(body), 400, "validation-failed");
    }
}
