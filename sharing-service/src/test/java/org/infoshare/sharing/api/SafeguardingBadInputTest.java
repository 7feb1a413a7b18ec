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

    @Test
    @DisplayName("P3.1 a referral without an account of the concern, or with a blank one, is refused with 400 and stores nothing")
    void concernIsRequired() {
        Map<String, Object> body = validBody();
        body.remove("concern");
        assertRefusedAndNothingStored(() -> post(body), 400, "validation-failed");
        body.put("concern", "   ");
        assertRefusedAndNothingStored(() -> post(body), 400, "validation-failed");
    }

    @Test
    @DisplayName("P3.1 an account of the concern longer than 4000 characters is refused with 400 and stores nothing")
    void concernIsBounded() {
        Map<String, Object> body = validBody();
        body.put("concern", "x".repeat(4001));
        assertRefusedAndNothingStored(() -> post(body), 400, "validation-failed");
    }

    @Test
    @DisplayName("P3.1 a route other than the children's or the adults' is refused with 400 and stores nothing")
    void unknownRouteIsRefused() {
        Map<String, Object> body = validBody();
        body.put("route", "ELDERLY");
        assertRefusedAndNothingStored(() -> post(body), 400, "invalid-field-type");
        body.remove("route");
        assertRefusedAndNothingStored(() -> post(body), 400, "validation-failed");
    }
}
