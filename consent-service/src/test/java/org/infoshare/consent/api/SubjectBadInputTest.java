package org.infoshare.consent.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.testing.BadInputContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/** Bad input to the vault always gets a clear 4xx problem and stores nothing. */
@QuarkusTest
class SubjectBadInputTest extends BadInputContract {

    @Override
    protected String endpoint() {
        return "/api/v1/subjects";
    }

    @Override
    protected Map<String, Object> validBody() {
        return Subjects.person();
    }

    @Override
    protected String user() {
        return "staff";
    }

    @Override
    protected List<String> tables() {
        return List.of("vault_entry", "vault_lookup");
    }

    @Override
    protected String requiredField() {
        return "familyName";
    }

    @Override
    protected String typedField() {
        return "dateOfBirth";
    }

    @Test
    @DisplayName("an invalid e-mail address, a future birth date or an empty address is refused and stores nothing")
    void invalidIdentifiersAreRefused() {
        for (Map.Entry<String, Object> defect : Map.<String, Object>of("email", "not an address",
                "dateOfBirth", "2999-01-01", "address", Map.of("lines", List.of())).entrySet()) {
            Map<String, Object> body = validBody();
            body.put(defect.getKey(), defect.getValue());
            assertRefusedAndNothingStored(() -> post(body), 400, "validation-failed");
        }
    }
}
