package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.testing.BadInputContract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** POST /partner/notifications/{id}/answer: bad input gets a clear 4xx and changes nothing. */
@QuarkusTest
class AnswerBadInputTest extends BadInputContract {

    private static String notification;

    @Override
    protected String endpoint() {
        if (notification == null) {
            notification = Releases.notificationOf(Releases.withdrawnRelease("partner-a"));
        }
        return "/api/v1/partner/notifications/" + notification + "/answer";
    }

    @Override
    protected Map<String, Object> validBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("response", "CONTINUING");
        body.put("lawfulBasis", "C");
        body.put("justification", "A court order requires the record to be kept");
        return body;
    }

    @Override
    protected int acceptedStatus() {
        return 200;
    }

    @Override
    protected String user() {
        return "partner-a";
    }

    @Override
    protected List<String> tables() {
        return List.of("recipient_notification", "idempotency_key");
    }

    @Override
    protected String requiredField() {
        return "response";
    }

    @Override
    protected String typedField() {
        return "response";
    }
}
