package org.infoshare.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.infoshare.testing.Tokens;
import org.infoshare.testing.WebhookReceiver;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/**
 * The steps of a share as people take them, across the packaged services and only through their
 * public APIs with real tokens: the DPO registers partners, staff record a person and their consent
 * in consent-service, sharing-service learns of the consent from its events, staff share, partners
 * fetch and ask to pass data on, the DPO decides. Partners and protocols persist between tests and
 * runs, so registering is "register or reset"; people and consents are new every time.
 */
final class Journeys {

    static final String PURPOSE = "service-improvement";
    /** What the protocols allow and the shares carry. */
    static final List<String> CATEGORIES = List.of("experience", "service-used");
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private Journeys() {
    }

    // ---- callers

    static RequestSpecification sharing(String user) {
        return call("sharing-service", user);
    }

    static RequestSpecification consent(String user) {
        return call("consent-service", user);
    }

    static RequestSpecification breach(String user) {
        return call("breach-service", user);
    }

    private static RequestSpecification call(String service, String user) {
        return given().baseUri(Platform.url(service)).auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    // ---- partners (sharing-service, the DPO)

    /** A webhook secret of at least 32 characters, unique per receiver. */
    static String secret(String partnerId) {
        return "whsec-" + partnerId + "-" + UUID.randomUUID();
    }

    /** A service provider agreed for the purpose, with an agreed protocol for it, and a webhook when given. */
    static void serviceProvider(String partnerId, WebhookReceiver receiver) {
        ensurePartner(partner(partnerId, "SERVICE_PROVIDER", null, receiver));
        ensureAgreedProtocol(partnerId);
    }

    /**
     * A pharmacy (small provider) agreed for the purpose, under the current guidance for pharmacies,
     * acknowledged (P1.3): what any recipient, onward ones included, needs. The partner's user signs in
     * to acknowledge it, so its id is one of the realm's partner users.
     */
    static void pharmacy(String partnerId, WebhookReceiver receiver) {
        ensurePartner(partner(partnerId, "SMALL_PROVIDER", "PHARMACY", receiver));
        ensureAcknowledgedGuidance(partnerId);
    }

    /** The current pharmacy guidance covers the purpose and categories (a new version is published otherwise) and the partner acknowledged it. */
    private static void ensureAcknowledgedGuidance(String partnerId) {
        Map<String, Object> current = currentGuidance(partnerId);
        boolean covers = current != null && ((List<?>) current.get("purposes")).contains(PURPOSE)
                && ((List<?>) current.get("dataCategories")).containsAll(CATEGORIES);
        if (!covers) {
            Map<String, Object> body = new HashMap<>();
            body.put("smallProviderKind", "PHARMACY");
            body.put("purposes", List.of(PURPOSE));
            body.put("dataCategories", CATEGORIES);
            body.put("methodOfDisclosure", "Secure e-mail to the pharmacy's shared inbox");
            body.put("securityMeasures", List.of("locked storage", "pharmacy staff only"));
            body.put("limitsOnUse", List.of("service improvement only"));
            body.put("staleConsentAfterDays", 90);
            sharing("dpo").body(body).post("/api/v1/guidance-notes").then().statusCode(201);
            current = currentGuidance(partnerId);
        }
        if (!Boolean.TRUE.equals(current.get("acknowledged"))) {
            sharing(partnerId).body(Map.of("guidanceNoteId", current.get("id")))
                    .post("/api/v1/partner/guidance-acknowledgements").then().statusCode(201);
        }
    }

    /** The newest guidance version for the partner's kind, as the partner sees it (with {@code acknowledged}), or null. */
    private static Map<String, Object> currentGuidance(String partnerId) {
        List<Map<String, Object>> notes = sharing(partnerId).get("/api/v1/partner/guidance-notes").then()
                .statusCode(200).extract().path("$");
        return notes.stream().max(java.util.Comparator.comparingInt(n -> (Integer) n.get("version"))).orElse(null);
    }

    private static Map<String, Object> partner(String id, String kind, String smallProviderKind,
                                               WebhookReceiver receiver) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", "Organisation " + id);
        body.put("kind", kind);
        body.put("smallProviderKind", smallProviderKind);
        body.put("purposes", List.of(PURPOSE, "research"));
        if (receiver != null) {
            body.put("webhookUrl", receiver.url().toString());
            body.put("webhookSecret", receiver.secret());
        }
        return body;
    }

    /** Registers the partner, or resets it to this shape (and webhook) when it is known already. */
    private static void ensurePartner(Map<String, Object> partner) {
        Response created = sharing("dpo").body(partner).post("/api/v1/partners");
        if (created.statusCode() == 409) {
            sharing("dpo").body(partner).put("/api/v1/partners/" + partner.get("id")).then().statusCode(200);
        } else {
            created.then().statusCode(201);
        }
    }

    /** An agreed protocol for the purpose with a review date ahead, drafted and agreed unless one exists. */
    private static void ensureAgreedProtocol(String partnerId) {
        List<Map<String, Object>> protocols = sharing("dpo").queryParam("partnerId", partnerId).queryParam("size", 200)
                .get("/api/v1/protocols").then().statusCode(200).extract().path("items");
        List<String> agreed = protocols.stream().filter(p -> PURPOSE.equals(p.get("purpose"))
                && "AGREED".equals(p.get("status")) && p.get("reviewDate") != null
                && LocalDate.parse((String) p.get("reviewDate")).isAfter(LocalDate.now().plusDays(7)))
                .map(p -> (String) p.get("id")).toList();
        if (!agreed.isEmpty()) {
            agreed.forEach(id -> attest(partnerId, id));
            return;
        }
        Map<String, Object> body = new HashMap<>();
        body.put("partnerId", partnerId);
        body.put("purpose", PURPOSE);
        body.put("triggerCircumstances", "Monthly themes from people's experiences of the service");
        body.put("method", Map.of("channel", "SECURE_API", "sender", "Intelligence team",
                "namedRecipient", "Head of Patient Experience"));
        body.put("securityMeasures", List.of("TLS 1.2+", "role-based access at the trust"));
        body.put("limitsOnUse", List.of("service improvement only", "no onward sharing without our consent"));
        body.put("dataCategories", CATEGORIES);
        body.put("staleConsentAfterDays", 180);
        body.put("reviewDate", LocalDate.now().plusYears(1).toString());
        String id = sharing("dpo").body(body).post("/api/v1/protocols").then().statusCode(201).extract().path("id");
        sharing("dpo").body(Map.of("status", "AGREED")).post("/api/v1/protocols/" + id + "/status")
                .then().statusCode(200);
        attest(partnerId, id);
    }

    /** P5.1: the partner attests its security measures and staff awareness; regular flows need it. */
    private static void attest(String partnerId, String protocolId) {
        sharing(partnerId).body(Map.of("securityMeasuresMet", true, "staffInformed", true,
                        "statement", "Checked by our information governance lead"))
                .post("/api/v1/partner/protocols/" + protocolId + "/attestations").then().statusCode(201);
    }

    // ---- the person and their consent (consent-service, staff)

    /** A new person in the vault, with identifiers unique to this call; answers the pseudonymous subject id. */
    static String registerSubject() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return consent("staff").body(Map.of("givenName", "Mary" + unique, "familyName", "Seacole" + unique,
                        "email", "mary." + unique + "@example.org", "dateOfBirth", "1948-11-23",
                        "address", Map.of("lines", List.of(unique + " Mill Lane"), "town", "Oakham",
                                "postcode", "LE15 6AB")))
                .post("/api/v1/subjects").then().statusCode(201).extract().path("subjectId");
    }

    /** Publishes an information sheet for a piece of work of its own; answers its id. */
    static String informationSheet() {
        return consent("staff").body(Map.of("pieceOfWork", "discharge-review-" + UUID.randomUUID().toString().substring(0, 8),
                        "title", "Discharge from hospital: your experience",
                        "text", "What we collect, who receives it (partner-a, partner-b, partner-c, partner-d), why, and how to withdraw."))
                .post("/api/v1/information-sheets").then().statusCode(201).extract().path("id");
    }

    /**
     * An informed, explicit consent for the purpose and categories, to the named partners; answers
     * its id once sharing-service's projection shows it active with those recipients.
     */
    static String giveConsent(String subjectId, List<String> partners) {
        Map<String, Object> capture = new HashMap<>();
        capture.put("channel", "VERBAL");
        capture.put("takenAt", Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
        capture.put("notes", "Read the sheet aloud; the person agreed to each recipient.");
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subjectId);
        body.put("purposes", List.of(PURPOSE));
        body.put("dataCategories", List.of("experience", "service-used", "health"));
        body.put("recipientPartnerIds", partners);
        body.put("recipientPartnerKinds", List.of());
        body.put("handling", "Pseudonymised before release; kept 2 years by recipients.");
        body.put("lawfulBasis", "A");
        body.put("article9Condition", "A");
        body.put("capture", capture);
        body.put("informationSheetId", informationSheet());
        String consentId = consent("staff").body(body).post("/api/v1/consents").then().statusCode(201)
                .body("subjectId", equalTo(subjectId)).extract().path("id");
        await("sharing-service's projection of consent " + consentId).atMost(PATIENCE).untilAsserted(() ->
                sharing("dpo").get("/api/v1/consent-projections/" + consentId).then().statusCode(200)
                        .body("state", equalTo("ACTIVE")).body("subjectId", equalTo(subjectId))
                        .body("recipientPartnerIds", containsInAnyOrder(partners.toArray())));
        return consentId;
    }

    // ---- shares and releases (sharing-service)

    /** One person's record; the summary is unique so a package can be told from any other. */
    /**
     * A random marker for a record's free text, in letters only: a personal share's free text is
     * screened for identifiers (P7.1), and a random UUID's digits now and then read as a UK phone
     * number (a 0 after a dash, then digits), which refuses the share.
     */
    static String marker() {
        return UUID.randomUUID().toString().chars().map(c -> Character.isDigit(c) ? 'g' + (c - '0') : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    static Map<String, Object> personRecord(String marker) {
        return Map.of("experience", Map.of("theme", "discharge", "rating", 2,
                        "summary", "Sent home without medication " + marker),
                "service-used", Map.of("service", "ward-7", "ageBand", "40-49"));
    }

    /** A payload of one record with its source, medium and date last verified (P2.2/P9.1). */
    static Map<String, Object> payload(Map<String, Object> record) {
        return Map.of("records", List.of(record), "sources", List.of(Map.of("source", "ward-7 nursing notes",
                "medium", "ELECTRONIC", "lastVerifiedOn", LocalDate.now().minusDays(30).toString())));
    }

    /** Staff share the person's record with the partner under the consent; expects APPROVED; answers the release id. */
    static String approvedRelease(String partnerId, String subjectId, String consentId, String marker) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subjectId);
        body.put("partnerId", partnerId);
        body.put("purpose", PURPOSE);
        body.put("dataCategories", CATEGORIES);
        body.put("identifiable", false);
        body.put("basis", "CONSENT");
        body.put("consentId", consentId);
        body.put("sensitivity", "CONFIDENTIAL");
        body.put("proportionality", "Themes of this person's experience only, needed to change the discharge process");
        body.put("payload", payload(personRecord(marker)));
        Response decided = sharing("staff").body(body).post("/api/v1/share-requests");
        decided.then().statusCode(201);
        String shareId = decided.path("id");
        if (!"APPROVED".equals(decided.path("outcome"))) {
            throw new AssertionError("share to " + partnerId + " not approved: " + decided.asPrettyString());
        }
        return releaseOf(shareId, partnerId);
    }

    /**
     * Staff share the person's identifiable record with the partner under the consent: the rules
     * hold it for the DPO (AWAITING_DPO); answers the share request's id.
     */
    static String heldShare(String partnerId, String subjectId, String consentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subjectId);
        body.put("partnerId", partnerId);
        body.put("purpose", PURPOSE);
        body.put("dataCategories", CATEGORIES);
        body.put("identifiable", true);
        body.put("identifiableReason", "The ward must contact the person to put things right");
        body.put("basis", "CONSENT");
        body.put("consentId", consentId);
        body.put("sensitivity", "CONFIDENTIAL");
        body.put("proportionality", "Themes of this person's experience only, needed to change the discharge process");
        body.put("payload", payload(personRecord(marker())));
        return sharing("staff").body(body).post("/api/v1/share-requests").then().statusCode(201)
                .body("outcome", equalTo("AWAITING_DPO")).extract().path("id");
    }

    /** The release of an approved share, found among the partner's releases (newest first). */
    static String releaseOf(String shareRequestId, String partnerId) {
        List<Map<String, Object>> items = sharing("staff").queryParam("partnerId", partnerId).queryParam("size", 200)
                .get("/api/v1/releases").then().statusCode(200).extract().path("items");
        return items.stream()
                .filter(r -> shareRequestId.equals(r.get("shareRequestId")) && r.get("parentReleaseId") == null)
                .map(r -> (String) r.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError("no release of share " + shareRequestId + " to " + partnerId));
    }

    /** A release's record as staff see it. */
    static Response release(String releaseId) {
        return sharing("staff").get("/api/v1/releases/" + releaseId);
    }

    /** The partner fetches its package. */
    static Response fetch(String partnerUser, String releaseId) {
        return sharing(partnerUser).get("/api/v1/partner/releases/" + releaseId);
    }

    /** The holder asks to pass its release to the recipient (P10.1); answers sharing-service's response. */
    static Response askOnward(String holder, String releaseId, String recipient) {
        return sharing(holder).body(Map.of("recipientPartnerId", recipient, "purpose", PURPOSE,
                        "justification", "The recipient runs the follow-up service this person was referred to"))
                .post("/api/v1/partner/releases/" + releaseId + "/onward-requests");
    }

    /**
     * The holder asks to pass its release to a recipient the person's consent names; the DPO gives
     * prior written consent; answers the child release id.
     */
    static String passedOnward(String holder, String releaseId, String recipient) {
        String onward = askOnward(holder, releaseId, recipient).then().statusCode(201)
                .body("status", equalTo("AWAITING_DPO")).extract().path("id");
        return sharing("dpo").body(Map.of("approve", true,
                        "justification", "Prior written consent: the pharmacy needs the theme to follow up"))
                .post("/api/v1/onward-requests/" + onward + "/decision").then().statusCode(200)
                .body("status", equalTo("APPROVED")).extract().path("childReleaseId");
    }
}
