package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.testing.BadInputContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/** Bad input always gets a clear 4xx problem and changes nothing. */
@QuarkusTest
class SafeguardingBadInputTest extends BadInputContract {

    @Override
    protected String endpoint() {
        return "/api/v1/safeguarding-referrals";
    }

    @Override
    protected Map<String, Object> validBody() {
        return SafeguardingReferrals.valid();
    }

    @Override
    protected String user() {
        return "staff";
    }

    @Override
    protected List<String> tables() {
        return List.of("safeguarding_referral");
    }

    @Override
    protected String requiredField() {
        return "subjectId";
    }

    @Override
    protected String typedField() {
        return "category";
    }

    @Test
    @DisplayName("a category of abuse outside the policy's list is refused with 400 and stores nothing")
    void unknownCategoryIsRefused() {
        Map<String, Object> body = validBody();
        body.put("category", "GOSSIP");
        assertRefusedAndNothingStored(() -> post(body), 400, "invalid-field-type");
    }
}
