package org.infoshare.sharing.api;

import io.restassured.response.Response;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.infoshare.sharing.api.Fixtures.as;

/** Share request bodies and calls for the API tests. */
final class ShareRequests {

    private ShareRequests() {
    }

    /** A service provider of its own with an agreed protocol (stale consent after 180 days); answers its id. */
    static String provider() {
        String id = Fixtures.randomId("trust");
        Fixtures.ensure(Fixtures.partner(id, "SERVICE_PROVIDER", null));
        Fixtures.agreedProtocol(id, Fixtures.PURPOSE, 180);
        return id;
    }

    static Map<String, Object> aggregate(String partnerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("partnerId", partnerId);
        body.put("purpose", Fixtures.PURPOSE);
        body.put("dataCategories", List.of("experience"));
        body.put("identifiable", false);
        body.put("basis", "PUBLIC_INTEREST");
        body.put("sensitivity", "INTERNAL");
        body.put("payload", Map.of("cells", List.of(
                cell("waiting-times", 12), cell("discharge", 7), cell("staff-attitude", 9))));
        return body;
    }

    static Map<String, Object> cell(String theme, long count) {
        return Map.of("category", "experience", "dimensions", Map.of("theme", theme), "count", count);
    }

    /** One person's record: their experience and the service used, with an exact age and postcode to generalise. */
    static Map<String, Object> personRecord() {
        return Map.of("experience", Map.of("theme", "discharge", "rating", 2, "summary", "Sent home without medication"),
                "service-used", Map.of("service", "ward-7", "ageBand", "40-49"));
    }

    /** P2.2/P9.1: who supplied a record, on which medium, verified this many days ago. */
    static Map<String, Object> source(long verifiedDaysAgo) {
        return Map.of("source", "ward-7 nursing notes", "medium", "ELECTRONIC",
                "lastVerifiedOn", LocalDate.now(ZoneOffset.UTC).minusDays(verifiedDaysAgo).toString());
    }

    /** A payload of records, each with a source verified a month ago (P2.2/P9.1). */
    static Map<String, Object> records(List<? extends Map<String, Object>> records) {
        return Map.of("records", records, "sources", records.stream().map(r -> source(30)).toList());
    }

    static Map<String, Object> underConsent(String partnerId, String subjectId, UUID consentId) {
        Map<String, Object> body = aggregate(partnerId);
        body.put("subjectId", subjectId);
        body.put("basis", "CONSENT");
        body.put("consentId", consentId.toString());
        body.put("sensitivity", "CONFIDENTIAL");
        body.put("proportionality", "Themes of this person's experience only, needed to change the discharge process");
        body.put("payload", records(List.of(personRecord())));
        return body;
    }

    static Response post(Map<String, Object> body) {
        return as("staff").body(body).post("/api/v1/share-requests");
    }

    static Response get(String id) {
        return as("staff").get("/api/v1/share-requests/" + id);
    }
}
