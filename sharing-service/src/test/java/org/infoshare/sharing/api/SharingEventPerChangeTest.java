package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.testing.EventPerChangeContract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;

/** X1: every sharing-service endpoint that changes state commits its event. */
@QuarkusTest
class SharingEventPerChangeTest extends EventPerChangeContract {

    private static final Map<String, Object> CONFLICT = Map.of(
            "description", "Clause 4 asks us to keep records longer than the law allows",
            "legalBasis", "UK GDPR Art. 5(1)(e)");

    @Override
    protected Map<String, String> eventPerEndpoint() {
        return Map.ofEntries(
                Map.entry("POST /api/v1/partners", "partner-registered"),
                Map.entry("PUT /api/v1/partners/{id}", "partner-updated"),
                Map.entry("POST /api/v1/protocols", "protocol-changed"),
                Map.entry("POST /api/v1/protocols/{id}/status", "protocol-changed"),
                Map.entry("POST /api/v1/guidance-notes", "guidance-note-issued"),
                Map.entry("POST /api/v1/partner/guidance-acknowledgements", "guidance-acknowledged"),
                Map.entry("POST /api/v1/partner/protocols/{id}/attestations", "protocol-attested"),
                Map.entry("POST /api/v1/partner/protocols/{id}/conflicts", "protocol-conflict-declared"),
                Map.entry("POST /api/v1/protocol-conflicts/{id}/resolution", "protocol-conflict-resolved"),
                Map.entry("POST /api/v1/share-requests", "share-requested"),
                Map.entry("POST /api/v1/share-requests/{id}/dpo-decision", "share-decided"),
                Map.entry("POST /api/v1/releases/{id}/secure-email-handover", "release-delivered"),
                Map.entry("POST /api/v1/partner/releases/{id}/onward-requests", "onward-share-requested"),
                Map.entry("POST /api/v1/onward-requests/{id}/decision", "onward-share-decided"),
                Map.entry("POST /api/v1/partner/notifications/{id}/answer", "recipient-acknowledged"),
                Map.entry("POST /api/v1/legal-disclosures", "legal-disclosure-approved"),
                Map.entry("POST /api/v1/provider-links/{token}/answer", "provider-link-used"),
                Map.entry("POST /api/v1/provider-links/{token}/acknowledgement", "provider-link-used"),
                Map.entry("POST /api/v1/safeguarding-referrals", "safeguarding-referred"),
                Map.entry("POST /api/v1/safeguarding-referrals/{id}/seen", "safeguarding-referral-progressed"),
                Map.entry("POST /api/v1/partner/safeguarding-referrals/{id}/acknowledge",
                        "safeguarding-referral-progressed"));
    }

    @Override
    protected Map<String, String> exemptions() {
        return Map.of(
                "POST /api/v1/ops/dead-letters/{partition}/{offset}/replay",
                "re-delivers to this service's consumer an event already on Kafka (so already in the trail); "
                        + "what the consumer then changes commits its own events",
                "POST /api/v1/ops/dead-letters/replay", "re-delivers events already on Kafka, as above");
    }

    @Override
    protected List<String> change(String endpoint) {
        return switch (endpoint) {
            case "POST /api/v1/partners" -> {
                String id = Fixtures.randomId("x1-partner");
                Fixtures.dpo().body(Fixtures.partner(id, "SERVICE_PROVIDER", null)).post("/api/v1/partners").then()
                        .statusCode(201);
                yield List.of(id);
            }
            case "PUT /api/v1/partners/{id}" -> {
                String id = Fixtures.randomId("x1-partner");
                Map<String, Object> partner = Fixtures.partner(id, "SERVICE_PROVIDER", null);
                Fixtures.dpo().body(partner).post("/api/v1/partners").then().statusCode(201);
                partner.put("purposes", List.of(Fixtures.PURPOSE));
                Fixtures.dpo().body(partner).put("/api/v1/partners/" + id).then().statusCode(200);
                yield List.of(id);
            }
            case "POST /api/v1/protocols" -> {
                Fixtures.partnerA();
                String id = Fixtures.dpo().body(Fixtures.protocol("partner-a", Fixtures.PURPOSE)).post("/api/v1/protocols")
                        .then().statusCode(201).extract().path("id");
                yield List.of(id, "\"status\":\"DRAFT\"");
            }
            case "POST /api/v1/protocols/{id}/status" -> {
                Fixtures.partnerA();
                String id = Fixtures.dpo().body(Fixtures.protocol("partner-a", "research")).post("/api/v1/protocols")
                        .then().statusCode(201).extract().path("id");
                Fixtures.dpo().body(Map.of("status", "EXPIRED")).post("/api/v1/protocols/" + id + "/status").then()
                        .statusCode(200);
                yield List.of(id, "\"status\":\"EXPIRED\"", "\"previousStatus\":\"DRAFT\"");
            }
            case "POST /api/v1/guidance-notes" -> List.of(Fixtures.publishGuidance("OPTICIAN"));
            case "POST /api/v1/partner/guidance-acknowledgements" -> {
                Fixtures.partnerB();
                String note = Fixtures.publishGuidance("PHARMACY");
                Fixtures.acknowledge("partner-b", note).then().statusCode(201);
                yield List.of(note, "partner-b");
            }
            case "POST /api/v1/partner/protocols/{id}/attestations" -> {
                Fixtures.partnerA();
                String protocol = Fixtures.agreedProtocol("partner-a", Fixtures.PURPOSE, 180);
                String id = Releases.partner("partner-a").body(Map.of("securityMeasuresMet", true, "staffInformed", true))
                        .post("/api/v1/partner/protocols/" + protocol + "/attestations").then().statusCode(201)
                        .extract().path("id");
                yield List.of(id);
            }
            case "POST /api/v1/partner/protocols/{id}/conflicts" -> {
                Fixtures.partnerA();
                String protocol = Fixtures.agreedProtocol("partner-a", Fixtures.PURPOSE, 180);
                String id = Releases.partner("partner-a").body(CONFLICT)
                        .post("/api/v1/partner/protocols/" + protocol + "/conflicts").then().statusCode(201)
                        .extract().path("id");
                Fixtures.resolveOpenConflicts(protocol); // partner-a's other flows are not held by it
                yield List.of(id);
            }
            case "POST /api/v1/protocol-conflicts/{id}/resolution" -> {
                Fixtures.partnerA();
                String protocol = Fixtures.agreedProtocol("partner-a", Fixtures.PURPOSE, 180);
                String id = Releases.partner("partner-a").body(CONFLICT)
                        .post("/api/v1/partner/protocols/" + protocol + "/conflicts").then().statusCode(201)
                        .extract().path("id");
                Fixtures.resolveOpenConflicts(protocol);
                yield List.of(id, "\"protocolStatus\":\"EXPIRED\"");
            }
            case "POST /api/v1/share-requests" -> List.of(ShareRequests.post(ShareRequests.aggregate(ShareRequests.provider()))
                    .then().statusCode(201).extract().<String>path("id"));
            case "POST /api/v1/share-requests/{id}/dpo-decision" -> {
                Map<String, Object> body = ShareRequests.underConsent(ShareRequests.provider(), "subj-" + UUID.randomUUID(),
                        UUID.randomUUID());
                body.remove("consentId");
                body.put("basis", "SERIOUS_HARM");
                body.put("lawfulBasis", "D");
                String id = ShareRequests.post(body).then().statusCode(201).body("outcome", equalTo("AWAITING_DPO"))
                        .extract().path("id");
                Fixtures.dpo().body(Map.of("approve", false, "justification", "Pseudonymised themes are enough"))
                        .post("/api/v1/share-requests/" + id + "/dpo-decision").then().statusCode(200);
                yield List.of(id, "\"outcome\":\"REFUSED\"");
            }
            case "POST /api/v1/releases/{id}/secure-email-handover" -> {
                String protocol = DisclosureMethodApiTest.protocolFor("SECURE_EMAIL");
                try {
                    String release = DisclosureMethodApiTest.approvedRelease("INTERNAL");
                    Fixtures.as("staff").post("/api/v1/releases/" + release + "/secure-email-handover").then()
                            .statusCode(200);
                    yield List.of(release);
                } finally {
                    DisclosureMethodApiTest.end(protocol);
                }
            }
            case "POST /api/v1/partner/releases/{id}/onward-requests" -> List.of(askOnward());
            case "POST /api/v1/onward-requests/{id}/decision" -> {
                String onward = askOnward();
                Fixtures.dpo().body(Map.of("approve", false, "justification", "The recipient does not need it"))
                        .post("/api/v1/onward-requests/" + onward + "/decision").then().statusCode(200);
                yield List.of(onward, "\"approved\":false");
            }
            case "POST /api/v1/partner/notifications/{id}/answer" -> {
                String notification = Releases.notificationOf(Releases.withdrawnRelease("partner-a"));
                Releases.partner("partner-a").body(Map.of("response", "CEASED_DELETED"))
                        .post("/api/v1/partner/notifications/" + notification + "/answer").then().statusCode(200);
                yield List.of(notification);
            }
            case "POST /api/v1/provider-links/{token}/answer" -> {
                String notification = Releases.notificationOf(Releases.withdrawnRelease("partner-c"));
                Map<String, Object> notice = ProviderLinkTest.noticeOf("partner-c", notification);
                ProviderLinkTest.portal().body(Map.of("response", "CEASED_DELETED"))
                        .post("/api/v1/provider-links/" + ProviderLinkTest.tokenIn((String) notice.get("text")) + "/answer")
                        .then().statusCode(200);
                yield List.of((String) notice.get("linkId"), notification);
            }
            case "POST /api/v1/provider-links/{token}/acknowledgement" -> {
                String partner = Fixtures.randomId("care-home");
                Fixtures.ensure(Fixtures.partner(partner, "SMALL_PROVIDER", "CARE_HOME"));
                Map<String, Object> notice = ProviderLinkTest.noticeOf(partner, Fixtures.publishGuidance("CARE_HOME"));
                ProviderLinkTest.portal()
                        .post("/api/v1/provider-links/" + ProviderLinkTest.tokenIn((String) notice.get("text"))
                                + "/acknowledgement")
                        .then().statusCode(200);
                yield List.of((String) notice.get("linkId"), partner);
            }
            case "POST /api/v1/legal-disclosures" -> List.of(Fixtures.dpo()
                    .body(LegalDisclosureApiTest.body("subj-" + UUID.randomUUID())).post("/api/v1/legal-disclosures")
                    .then().statusCode(201).extract().<String>path("id"));
            case "POST /api/v1/safeguarding-referrals" -> List.of(refer(SafeguardingReferrals.valid()));
            case "POST /api/v1/safeguarding-referrals/{id}/seen" -> {
                String id = refer(SafeguardingReferrals.valid());
                Fixtures.dpo().post("/api/v1/safeguarding-referrals/" + id + "/seen").then().statusCode(200);
                yield List.of(id, "\"step\":\"DPO_SEEN\"");
            }
            case "POST /api/v1/partner/safeguarding-referrals/{id}/acknowledge" -> {
                SafeguardingReferrals.team("partner-c", List.of("ADULTS"), null, null);
                String id = refer(SafeguardingReferrals.to("partner-c", "ADULTS"));
                Releases.partner("partner-c").post("/api/v1/partner/safeguarding-referrals/" + id + "/acknowledge")
                        .then().statusCode(200);
                yield List.of(id, "\"step\":\"ACKNOWLEDGED\"");
            }
            default -> throw new IllegalArgumentException("no exercise for " + endpoint);
        };
    }

    /** partner-a holds a release (consent covering partner-c too) and asks to pass it on to partner-c. */
    private static String askOnward() {
        Releases.Consented held = Releases.consentedRelease("partner-a", List.of("partner-a", "partner-c"));
        Releases.provider("partner-c", null);
        Map<String, Object> body = new HashMap<>(Map.of("recipientPartnerId", "partner-c", "purpose", Fixtures.PURPOSE,
                "justification", "The provider's complaints team must follow the theme up"));
        return Releases.partner("partner-a").body(body)
                .post("/api/v1/partner/releases/" + held.releaseId() + "/onward-requests").then().statusCode(201)
                .extract().path("id");
    }

    private static String refer(Map<String, Object> body) {
        return Fixtures.as("staff").body(body).post("/api/v1/safeguarding-referrals").then().statusCode(201)
                .extract().path("id");
    }
}
