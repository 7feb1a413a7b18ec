package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.testing.BadInputContract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** POST /partner/releases/{id}/onward-requests: bad input gets a clear 4xx and changes nothing. */
@QuarkusTest
class OnwardRequestBadInputTest extends BadInputContract {

    private static String release;

    @Override
    protected String endpoint() {
        if (release == null) {
            // an onward share the consent covers, to a recipient with an agreed protocol (P10.1)
            Releases.provider("partner-d", null);
            release = Releases.consentedRelease("partner-a", List.of("partner-a", "partner-d")).releaseId();
        }
        return "/api/v1/partner/releases/" + release + "/onward-requests";
    }

    @Override
    protected Map<String, Object> validBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("recipientPartnerId", "partner-d");
        body.put("purpose", Fixtures.PURPOSE);
        body.put("justification", "The trust follows up discharge medicines");
        return body;
    }

    @Override
    protected String user() {
        return "partner-a";
    }

    @Override
    protected List<String> tables() {
        return List.of("onward_request", "idempotency_key");
    }

    @Override
    protected String requiredField() {
        return "recipientPartnerId";
    }

    @Override
    protected String typedField() {
        return "justification";
    }
}
