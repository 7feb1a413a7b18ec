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
    /**
     * A non-personal record set of one record, with this source for it (P2.2/P9.1). Built before the
     * counts are taken: setting partner-a up again is a change with its event (X1).
     */
    private Map<String, Object> withSource(Map<String, Object> source) {
        Map<String, Object> body = validBody();
        body.put("payload", new java.util.HashMap<>(Map.of("records", List.of(Map.of("experience", Map.of("theme", "x"))),
                "sources", List.of(source))));
        return body;
    }

    @Test
    @DisplayName("P2.2 P9.1 records without sources are refused with 400 and store nothing")
    void recordsWithoutSources() {
        Map<String, Object> body = validBody();
        body.put("payload", Map.of("records", List.of(Map.of("experience", Map.of("theme", "x")))));
        assertRefusedAndNothingStored(() -> post(body), 400, "validation-failed");
    }

    @Test
    @DisplayName("P2.2 P9.1 a source without who supplied it, or its date last verified, is refused with 400 and stores nothing")
    void incompleteSource() {
        Map<String, Object> noSupplier = withSource(Map.of("medium", "PAPER", "lastVerifiedOn", "2026-01-01"));
        Map<String, Object> noDate = withSource(Map.of("source", "ward-7 survey", "medium", "PAPER"));
        Map<String, Object> tooLong = withSource(Map.of("source", "x".repeat(201), "medium", "PAPER",
                "lastVerifiedOn", "2026-01-01"));
        assertRefusedAndNothingStored(() -> post(noSupplier), 400, "validation-failed");
        assertRefusedAndNothingStored(() -> post(noDate), 400, "validation-failed");
        assertRefusedAndNothingStored(() -> post(tooLong), 400, "validation-failed");
    }

    @Test
    @DisplayName("P2.2 a medium outside PAPER, ELECTRONIC, AUDIO_VISUAL, CONVERSATION is refused with 400 and stores nothing")
    void unknownMedium() {
        Map<String, Object> body = withSource(Map.of("source", "ward-7 survey", "medium", "TELEPATHY",
                "lastVerifiedOn", "2026-01-01"));
        assertRefusedAndNothingStored(() -> post(body), 400, "invalid-field-type");
    }

    @Test
    @DisplayName("P9.1 a record verified in the future is refused with 400 and stores nothing")
    void verifiedInTheFuture() {
        String tomorrow = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2).toString();
        Map<String, Object> body = withSource(Map.of("source", "ward-7 survey", "medium", "PAPER",
                "lastVerifiedOn", tomorrow));
        assertRefusedAndNothingStored(() -> post(body), 400, "validation-failed");
    }
}
