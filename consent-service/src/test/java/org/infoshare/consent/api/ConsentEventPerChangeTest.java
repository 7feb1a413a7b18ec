package org.infoshare.consent.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.infoshare.consent.service.ConsentLifecycleService;
import org.infoshare.events.sharing.LegalDisclosureApproved;
import org.infoshare.events.subjectaccess.SubjectAccessPartPrepared;
import org.infoshare.events.vocabulary.LegalRecipientKind;
import org.infoshare.events.vocabulary.NotToldReason;
import org.infoshare.events.vocabulary.PartCompleteness;
import org.infoshare.testing.EventPerChangeContract;
import org.infoshare.testing.Tokens;
import org.infoshare.testing.TopicWriter;
import org.junit.jupiter.api.AfterEach;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** X1: every consent-service endpoint that changes state commits its event. */
@QuarkusTest
class ConsentEventPerChangeTest extends EventPerChangeContract {

    private static final String REQUESTS = "/api/v1/subject-access-requests/";
    private static final String DISCLOSURES = "/api/v1/legal-disclosures/";

    @Inject
    ConsentLifecycleService lifecycle;

    private final TopicWriter sharing = new TopicWriter("test.sharing-events", URI.create("urn:infoshare:sharing-service"));

    @AfterEach
    void close() {
        sharing.close();
    }

    @Override
    protected Map<String, String> eventPerEndpoint() {
        return Map.ofEntries(
                Map.entry("POST /api/v1/subjects", "subject-registered"),
                Map.entry("PUT /api/v1/subjects/{subjectId}/capacity", "capacity-assessed"),
                Map.entry("POST /api/v1/information-sheets", "information-sheet-published"),
                Map.entry("POST /api/v1/foi-requests", "foi-request-logged"),
                Map.entry("POST /api/v1/foi-requests/{id}/hand-over", "foi-request-handed-over"),
                Map.entry("POST /api/v1/consents", "consent-given"),
                Map.entry("POST /api/v1/consents/{id}/withdrawals", "consent-withdrawn"),
                Map.entry("POST /api/v1/consents/{id}/reconfirmations", "consent-reconfirmed"),
                Map.entry("POST /api/v1/staff", "staff-registered"),
                Map.entry("POST /api/v1/staff/acknowledgements", "policy-acknowledged"),
                Map.entry("POST /api/v1/staff/training", "training-recorded"),
                Map.entry("POST /api/v1/subject-access-requests", "subject-access-requested"),
                Map.entry("POST /api/v1/subject-access-requests/{id}/identity-verification", "subject-access-verified"),
                Map.entry("POST /api/v1/subject-access-requests/{id}/pauses", "subject-access-progressed"),
                Map.entry("POST /api/v1/subject-access-requests/{id}/resumptions", "subject-access-progressed"),
                Map.entry("POST /api/v1/subject-access-requests/{id}/extension", "subject-access-progressed"),
                Map.entry("POST /api/v1/subject-access-requests/{id}/answer/review", "subject-access-progressed"),
                Map.entry("POST /api/v1/subject-access-requests/{id}/answer/release", "subject-access-progressed"),
                // the DPO's one read of the identity is the change (the package is opened), recorded as a read
                Map.entry("POST /api/v1/legal-disclosures/{disclosureId}/identity", "personal-data-accessed"),
                Map.entry("POST /api/v1/legal-disclosures/{disclosureId}/hand-over", "legal-disclosure-handed-over"),
                // issue 13 item 4(a): a person's one-time link, and what the person does in its session
                Map.entry("POST /api/v1/person-links", "person-link-issued"),
                Map.entry("POST /api/v1/person-links/{token}/redeem", "person-link-used"),
                Map.entry("POST /api/v1/person-sessions/{handle}/withdrawals", "consent-withdrawn"),
                Map.entry("POST /api/v1/person-sessions/{handle}/subject-access-requests", "subject-access-requested"));
    }

    @Override
    protected Map<String, String> exemptions() {
        return Map.of(
                "POST /api/v1/subjects/lookups", "a read with the identifier in the body (not in a URL): changes "
                        + "nothing; each person found is recorded as personal-data-accessed",
                "POST /api/v1/ops/dead-letters/{partition}/{offset}/replay",
                "re-delivers to this service's consumer an event already on Kafka (so already in the trail); "
                        + "what the consumer then changes commits its own events",
                "POST /api/v1/ops/dead-letters/replay", "re-delivers events already on Kafka, as above");
    }

    @Override
    protected List<String> change(String endpoint) {
        if (endpoint.equals("POST /api/v1/legal-disclosures/{disclosureId}/identity")) {
            // the DPO's read, told from consent-service's own read when it prepared the package
            return List.of(exercise(endpoint), "\"actorId\":\"" + Tokens.actorId("dpo") + "\"");
        }
        if (endpoint.startsWith("POST /api/v1/person-")) {
            return personLink(endpoint);
        }
        if (endpoint.startsWith("POST /api/v1/subject-access-requests/{id}/")) {
            return subjectAccessStep(endpoint);
        }
        return List.of(exercise(endpoint));
    }

    /** A request taken to the step the endpoint records; the step's event names the request (and the step). */
    private List<String> subjectAccessStep(String endpoint) {
        String subjectId = Subjects.register();
        String id = staff().body(Map.of("subjectId", subjectId, "channel", "LETTER",
                        "receivedAt", Instant.now().minusSeconds(3600).toString()))
                .post("/api/v1/subject-access-requests").then().statusCode(201).extract().path("id");
        if (endpoint.endsWith("/identity-verification")) {
            return List.of(verified(id));
        }
        if (endpoint.endsWith("/pauses")) {
            staff().body(Map.of("reason", "CLARIFICATION")).post(REQUESTS + id + "/pauses").then().statusCode(200);
            return List.of(id, "\"PAUSED\"");
        }
        if (endpoint.endsWith("/resumptions")) {
            staff().body(Map.of("reason", "CLARIFICATION")).post(REQUESTS + id + "/pauses").then().statusCode(200);
            staff().post(REQUESTS + id + "/resumptions").then().statusCode(200);
            return List.of(id, "\"RESUMED\"");
        }
        if (endpoint.endsWith("/extension")) {
            dpo().body(Map.of("months", 1, "reason", "records in several services")).post(REQUESTS + id + "/extension")
                    .then().statusCode(200);
            return List.of(id, "\"EXTENDED\"");
        }
        verified(id);
        UUID requestId = UUID.fromString(id);
        for (String service : List.of("sharing-service", "breach-service", "audit-service")) {
            try (TopicWriter parts = new TopicWriter("test.subject-access-parts", URI.create("urn:infoshare:" + service))) {
                parts.send(new SubjectAccessPartPrepared(requestId, subjectId, service, PartCompleteness.COMPLETE, 0,
                        List.of(), Instant.now()), Instant.now());
            }
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                Boolean.TRUE.equals(dpo().get(REQUESTS + id + "/answer").then().extract().path("complete")));
        dpo().post(REQUESTS + id + "/answer/review").then().statusCode(200);
        if (endpoint.endsWith("/answer/review")) {
            return List.of(id, "\"ANSWER_REVIEWED\"");
        }
        dpo().post(REQUESTS + id + "/answer/release").then().statusCode(200);
        return List.of(id, "\"ANSWER_RELEASED\"");
    }

    /** Issue 13 item 4(a): a link issued, redeemed, and the session used; each event names the subject (and the step). */
    private List<String> personLink(String endpoint) {
        String subjectId = Subjects.register();
        if (endpoint.equals("POST /api/v1/person-links")) {
            PersonLinks.issue(subjectId).then().statusCode(202);
            return List.of(subjectId);
        }
        if (endpoint.equals("POST /api/v1/person-links/{token}/redeem")) {
            PersonLinks.redeem(PersonLinks.issued(subjectId)[1]).then().statusCode(200);
            return List.of(subjectId, "\"REDEEMED\"");
        }
        if (endpoint.endsWith("/withdrawals")) {
            String consentId = ConsentRequests.give(ConsentRequests.consent(subjectId, ConsentRequests.publishSheet()));
            PersonLinks.portal().body(Map.of("consentId", consentId, "whole", true))
                    .post("/api/v1/person-sessions/" + PersonLinks.session(subjectId) + "/withdrawals").then().statusCode(200);
            return List.of(consentId, "\"WEB\"");
        }
        PersonLinks.portal().post("/api/v1/person-sessions/" + PersonLinks.session(subjectId) + "/subject-access-requests")
                .then().statusCode(201);
        return List.of(subjectId, "\"WEB\"");
    }

    private String verified(String id) {
        staff().body(Map.of("method", "photo ID seen at the office")).post(REQUESTS + id + "/identity-verification")
                .then().statusCode(200);
        return id;
    }

    private String exercise(String endpoint) {
        return switch (endpoint) {
            case "POST /api/v1/subjects" -> Subjects.register();
            case "PUT /api/v1/subjects/{subjectId}/capacity" -> {
                String subjectId = Subjects.register();
                staff().body(Map.of("status", "HAS_CAPACITY")).put("/api/v1/subjects/" + subjectId + "/capacity")
                        .then().statusCode(204);
                yield subjectId;
            }
            case "POST /api/v1/information-sheets" -> ConsentRequests.publishSheet();
            case "POST /api/v1/foi-requests" -> loggedFoiRequest();
            case "POST /api/v1/foi-requests/{id}/hand-over" -> {
                String id = loggedFoiRequest();
                staff().body(Map.of()).post("/api/v1/foi-requests/" + id + "/hand-over").then().statusCode(200);
                yield id;
            }
            case "POST /api/v1/consents" -> ConsentRequests.give(ConsentRequests.consent());
            case "POST /api/v1/consents/{id}/withdrawals" -> {
                String id = ConsentRequests.give(ConsentRequests.consent());
                staff().body(Map.of("whole", true, "channel", "PHONE")).post("/api/v1/consents/" + id + "/withdrawals")
                        .then().statusCode(200);
                yield id;
            }
            case "POST /api/v1/consents/{id}/reconfirmations" -> {
                Map<String, Object> body = ConsentRequests.consent();
                body.put("reconfirmAfterDays", 30);
                String id = ConsentRequests.give(body);
                sweep(Instant.now().plus(Duration.ofDays(31))); // the consent falls due
                staff().body(Map.of("capture", ConsentRequests.capture())).post("/api/v1/consents/" + id + "/reconfirmations")
                        .then().statusCode(200);
                yield id;
            }
            case "POST /api/v1/staff" -> {
                String staffId = "staff-" + UUID.randomUUID();
                dpo().body(Map.of("staffId", staffId)).post("/api/v1/staff").then().statusCode(201);
                yield staffId;
            }
            // the Chief Executive's own acknowledgement: StaffRegisterTest proves the staff member's first one
            case "POST /api/v1/staff/acknowledgements" -> {
                given().auth().oauth2(Tokens.user("ceo")).contentType(ContentType.JSON)
                        .body(Map.of("policyVersion", "2020-03-24")).post("/api/v1/staff/acknowledgements")
                        .then().statusCode(201);
                yield Tokens.actorId("ceo");
            }
            case "POST /api/v1/staff/training" -> {
                String staffId = "staff-" + UUID.randomUUID();
                dpo().body(Map.of("staffId", staffId, "course", "Data protection induction", "completedOn", "2026-01-06"))
                        .post("/api/v1/staff/training").then().statusCode(201);
                yield staffId;
            }
            case "POST /api/v1/subject-access-requests" -> staff().body(SubjectAccessRequests.valid())
                    .post("/api/v1/subject-access-requests").then().statusCode(201).extract().path("id");
            case "POST /api/v1/legal-disclosures/{disclosureId}/identity" -> {
                LegalDisclosureApproved approved = prepared();
                dpo().post(DISCLOSURES + approved.disclosureId() + "/identity").then().statusCode(200);
                yield approved.subjectId();
            }
            case "POST /api/v1/legal-disclosures/{disclosureId}/hand-over" -> {
                LegalDisclosureApproved approved = prepared();
                dpo().post(DISCLOSURES + approved.disclosureId() + "/identity").then().statusCode(200);
                dpo().body(Map.of("channel", "COURT_PORTAL")).post(DISCLOSURES + approved.disclosureId() + "/hand-over")
                        .then().statusCode(200);
                yield approved.disclosureId().toString();
            }
            default -> throw new IllegalArgumentException("no exercise for " + endpoint);
        };
    }

    private static String loggedFoiRequest() {
        return staff().body(Map.of("receivedAt", "2026-03-01T09:00:00Z", "summary", "Spending on visits",
                        "contractId", "hw-rutland"))
                .post("/api/v1/foi-requests").then().statusCode(201).extract().path("id");
    }

    /** A legal-duty disclosure approved in sharing-service and prepared here. */
    private LegalDisclosureApproved prepared() {
        LegalDisclosureApproved approved = new LegalDisclosureApproved(UUID.randomUUID(), Subjects.register(),
                LegalRecipientKind.COURT, "Northampton Crown Court", "T20267001", true, false,
                NotToldReason.ORDER_FORBIDS, "dpo-1", Instant.now().truncatedTo(ChronoUnit.MILLIS));
        sharing.sendRaw(approved.partitionKey(), sharing.envelope(approved, UUID.randomUUID(), approved.decidedAt()));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                dpo().get(DISCLOSURES + approved.disclosureId()).statusCode() == 200);
        return approved;
    }

    private void sweep(Instant at) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> lifecycle.sweep(at));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static io.restassured.specification.RequestSpecification staff() {
        return given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON);
    }

    private static io.restassured.specification.RequestSpecification dpo() {
        return given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.JSON);
    }
}
