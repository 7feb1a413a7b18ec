package org.infoshare.breach.api;

import io.restassured.http.ContentType;
import org.infoshare.testing.Tokens;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Request bodies and API steps for the breach API tests. */
final class BreachReports {

    private BreachReports() {
    }

    static Map<String, Object> valid() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return aware(now.minus(1, ChronoUnit.HOURS), List.of(UUID.randomUUID()));
    }

    /** A partner's report naming no release (a partner may name only releases made to it, P14.1). */
    static Map<String, Object> partnerReport() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return aware(now.minus(1, ChronoUnit.HOURS), List.of());
    }

    /** A report made now of a breach noticed at {@code awareAt}, naming these releases. */
    static Map<String, Object> aware(Instant awareAt, List<UUID> releaseIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("summary", "A spreadsheet of survey answers was e-mailed to the wrong care home");
        body.put("discoveredHow", "The care home told us");
        body.put("occurredAt", awareAt.minus(1, ChronoUnit.HOURS).toString());
        body.put("awareAt", awareAt.toString());
        body.put("cyberIncident", false);
        body.put("dataCategories", List.of("health", "experience"));
        body.put("releaseIds", releaseIds.stream().map(UUID::toString).toList());
        return body;
    }

    static Map<String, Object> assessment(String likelihood, String severity) {
        return new HashMap<>(Map.of("likelihood", likelihood, "severity", severity,
                "factors", List.of("special category (health) data", "recipient outside any protocol"),
                "consequences", "Distress; people may be contacted by a care home they did not choose",
                "reasons", "Health data reached an organisation with no agreement with us"));
    }

    static Map<String, Object> action(String kind) {
        return new HashMap<>(Map.of("kind", kind, "description", kind.toLowerCase() + " of the mis-sent e-mail",
                "owner", "team-governance", "dueOn", LocalDate.now().plusDays(14).toString()));
    }

    static String report(String user, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/breaches").then().statusCode(201).extract().path("id");
    }

    static void assess(String breachId, String likelihood, String severity) {
        given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.JSON)
                .body(assessment(likelihood, severity))
                .post("/api/v1/breaches/" + breachId + "/assessments").then().statusCode(201);
    }

    static String initialIcoReport(String breachId) {
        return given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.JSON)
                .body(Map.of("kind", "INITIAL"))
                .post("/api/v1/breaches/" + breachId + "/ico-reports").then().statusCode(201).extract().path("id");
    }
}
