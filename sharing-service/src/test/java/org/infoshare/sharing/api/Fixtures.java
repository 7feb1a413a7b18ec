package org.infoshare.sharing.api;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import org.infoshare.testing.Tokens;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Partners, protocols and guidance through the API, as the DPO sets them up. The demo partners
 * have fixed roles in these tests: partner-a is a service provider (protocols), partner-b a
 * pharmacy (guidance notes); other partners get random ids.
 */
final class Fixtures {

    static final String PURPOSE = "service-improvement";
    static final List<String> CATEGORIES = List.of("experience", "service-used");

    private Fixtures() {
    }

    static String randomId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> partner(String id, String kind, String smallProviderKind) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", "Organisation " + id);
        body.put("kind", kind);
        body.put("smallProviderKind", smallProviderKind);
        body.put("purposes", List.of(PURPOSE, "research"));
        return body;
    }

    /** Registers the partner, or resets it to this shape when an earlier test registered it. */
    static void ensure(Map<String, Object> partner) {
        Response created = dpo().body(partner).post("/api/v1/partners");
        if (created.statusCode() == 409) {
            dpo().body(partner).put("/api/v1/partners/" + partner.get("id")).then().statusCode(200);
        } else {
            created.then().statusCode(201);
        }
    }

    static void partnerA() {
        ensure(partner("partner-a", "SERVICE_PROVIDER", null));
    }

    static void partnerB() {
        ensure(partner("partner-b", "SMALL_PROVIDER", "PHARMACY"));
    }

    /** partner-b, having acknowledged a guidance version for pharmacies published just now (so the current one). */
    static void partnerBUnderCurrentGuidance() {
        partnerB();
        acknowledge("partner-b", publishGuidance("PHARMACY")).then().statusCode(201);
    }

    static Map<String, Object> protocol(String partnerId, String purpose) {
        Map<String, Object> body = new HashMap<>();
        body.put("partnerId", partnerId);
        body.put("purpose", purpose);
        body.put("triggerCircumstances", "Monthly themes from people's experiences of the service");
        body.put("method", Map.of("channel", "SECURE_API", "sender", "Intelligence team",
                "namedRecipient", "Head of Patient Experience"));
        body.put("securityMeasures", List.of("TLS 1.2+", "role-based access at the trust"));
        body.put("limitsOnUse", List.of("service improvement only", "no onward sharing without our consent"));
        body.put("dataCategories", CATEGORIES);
        body.put("staleConsentAfterDays", 180);
        body.put("reviewDate", LocalDate.now().plusYears(1).toString());
        return body;
    }

    /** Drafts and agrees a protocol, attested by its partner (P5.1); answers its id. */
    static String agreedProtocol(String partnerId, String purpose, int staleConsentAfterDays) {
        String id = agreedUnattested(partnerId, purpose, staleConsentAfterDays);
        attested(id, partnerId);
        return id;
    }

    /** Drafts and agrees a protocol its partner has not attested: no regular flow under it yet (P5.1). */
    static String agreedUnattested(String partnerId, String purpose, int staleConsentAfterDays) {
        Map<String, Object> body = protocol(partnerId, purpose);
        body.put("staleConsentAfterDays", staleConsentAfterDays);
        String id = dpo().body(body).post("/api/v1/protocols").then().statusCode(201).extract().path("id");
        dpo().body(Map.of("status", "AGREED")).post("/api/v1/protocols/" + id + "/status").then().statusCode(200);
        return id;
    }

    /**
     * P5.1: the partner's complete attestation for the protocol, written straight to the test
     * database, since most test partners have random ids and no user to sign in with (the partner
     * API's own attestations are proven with partner-a in AttestationApiTest and ProtocolConflictApiTest).
     */
    static void attested(String protocolId, String partnerId) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> Arc.container().instance(Pool.class).get().preparedQuery("""
                    INSERT INTO protocol_attestation (id, protocol_id, partner_id, security_measures_met, staff_informed,
                        statement, attested_by, attested_at)
                    VALUES ($1, $2, $3, true, true, 'test fixture', 'fixture', now())""")
                    .execute(Tuple.of(UUID.randomUUID(), UUID.fromString(protocolId), partnerId)));
        } catch (Throwable e) {
            throw new IllegalStateException("could not attest protocol " + protocolId, e);
        }
    }

    /**
     * P5.1: the DPO ends a protocol on which a test declared a conflict, so the partner's other
     * protocols for the purpose (used by other tests) are no longer held by it.
     */
    static void resolveOpenConflicts(String protocolId) {
        List<Map<String, Object>> conflicts = dpo().queryParam("size", 200).get("/api/v1/protocol-conflicts")
                .then().statusCode(200).extract().path("items");
        conflicts.stream().filter(c -> protocolId.equals(c.get("protocolId")) && Boolean.TRUE.equals(c.get("open")))
                .forEach(c -> dpo().body(Map.of("outcome", "PROTOCOL_EXPIRED",
                                "reasons", "Test over: the protocol is ended with its conflict"))
                        .post("/api/v1/protocol-conflicts/" + c.get("id") + "/resolution").then().statusCode(200));
    }

    static Map<String, Object> guidance(String kind) {
        Map<String, Object> body = new HashMap<>();
        body.put("smallProviderKind", kind);
        body.put("purposes", List.of(PURPOSE));
        body.put("dataCategories", CATEGORIES);
        body.put("methodOfDisclosure", "Secure e-mail to the practice's shared inbox");
        body.put("securityMeasures", List.of("locked storage", "practice staff only"));
        body.put("limitsOnUse", List.of("service improvement only"));
        body.put("staleConsentAfterDays", 90);
        return body;
    }

    /** Publishes the next guidance version for a kind; answers its id. */
    static String publishGuidance(String kind) {
        return dpo().body(guidance(kind)).post("/api/v1/guidance-notes").then().statusCode(201).extract().path("id");
    }

    static Response acknowledge(String partnerUser, String noteId) {
        return given().auth().oauth2(Tokens.user(partnerUser)).contentType(ContentType.JSON)
                .body(Map.of("guidanceNoteId", noteId)).post("/api/v1/partner/guidance-acknowledgements");
    }

    static io.restassured.specification.RequestSpecification dpo() {
        return as("dpo");
    }

    static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }
}
