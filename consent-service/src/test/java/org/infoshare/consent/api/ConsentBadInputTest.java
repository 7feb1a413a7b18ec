package org.infoshare.consent.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.testing.BadInputContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Bad input to the consent endpoints always gets a clear 4xx problem and stores nothing. */
@QuarkusTest
class ConsentBadInputTest extends BadInputContract {

    @Override
    protected String endpoint() {
        return "/api/v1/consents";
    }

    @Override
    protected Map<String, Object> validBody() {
        return ConsentRequests.consent();
    }

    @Override
    protected String user() {
        return "staff";
    }

    @Override
    protected List<String> tables() {
        return List.of("consent", "consent_withdrawal", "consent_reconfirmation");
    }

    @Override
    protected String requiredField() {
        return "handling";
    }

    @Override
    protected String typedField() {
        return "informationSheetId";
    }

    @Test
    @DisplayName("a consent for an unknown person or an unknown information sheet is refused with 422 and stores nothing")
    void unknownSubjectOrSheetIsRefused() {
        Map<String, Object> unknownSubject = validBody();
        unknownSubject.put("subjectId", UUID.randomUUID().toString());
        assertRefusedAndNothingStored(() -> post(unknownSubject), 422, "unprocessable");
        Map<String, Object> unknownSheet = validBody();
        unknownSheet.put("informationSheetId", UUID.randomUUID().toString());
        assertRefusedAndNothingStored(() -> post(unknownSheet), 422, "unprocessable");
    }

    @Test
    @DisplayName("a lawful basis outside Art. 6(1)(a)-(f) or a capture channel outside the list is refused and stores nothing")
    void unknownVocabularyIsRefused() {
        Map<String, Object> basis = validBody();
        basis.put("lawfulBasis", "G");
        assertRefusedAndNothingStored(() -> post(basis), 400, "invalid-field-type");
        Map<String, Object> channel = validBody();
        channel.put("capture", Map.of("channel", "TELEPATHY", "takenAt", "2026-01-01T00:00:00Z"));
        assertRefusedAndNothingStored(() -> post(channel), 400, "invalid-field-type");
    }

    @Test
    @DisplayName("a withdrawal with an unknown channel or without saying whole or partial is refused and changes nothing")
    void badWithdrawalIsRefused() {
        String id = ConsentRequests.give(validBody());
        assertRefusedAndNothingStored(() -> postTo("/api/v1/consents/" + id + "/withdrawals",
                Map.of("whole", true, "channel", "PIGEON")), 400, "invalid-field-type");
        assertRefusedAndNothingStored(() -> postTo("/api/v1/consents/" + id + "/withdrawals",
                Map.of("channel", "PHONE")), 400, "validation-failed");
    }

    private io.restassured.response.Response postTo(String path, Object body) {
        return io.restassured.RestAssured.given().auth().oauth2(org.infoshare.testing.Tokens.user(user()))
                .contentType(io.restassured.http.ContentType.JSON).body(body).post(path);
    }
}
