package org.infoshare.consent.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.testing.BadInputContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/** Bad input always gets a clear 4xx problem and changes nothing. */
@QuarkusTest
class SubjectAccessBadInputTest extends BadInputContract {

    @Override
    protected String endpoint() {
        return "/api/v1/subject-access-requests";
    }

    @Override
    protected Map<String, Object> validBody() {
        return SubjectAccessRequests.valid();
    }

    @Override
    protected String user() {
        return "staff";
    }

    @Override
    protected List<String> tables() {
        return List.of("subject_access_request");
    }

    @Override
    protected String requiredField() {
        return "subjectId";
    }

    @Override
    protected String typedField() {
        return "receivedAt";
    }

    @Test
    @DisplayName("a channel outside the list is refused with 400 and stores nothing")
    void unknownChannelIsRefused() {
        Map<String, Object> body = validBody();
        body.put("channel", "CARRIER_PIGEON");
        assertRefusedAndNothingStored(() -> post(body), 400, "invalid-field-type");
    }

    @Test
    @DisplayName("something that is not a pseudonymous subject id (an e-mail address) is refused and stores nothing")
    void identifierInsteadOfSubjectIdIsRefused() {
        Map<String, Object> body = validBody();
        body.put("subjectId", "jane.doe@example.org");
        assertRefusedAndNothingStored(() -> post(body), 400, "validation-failed");
    }
}
