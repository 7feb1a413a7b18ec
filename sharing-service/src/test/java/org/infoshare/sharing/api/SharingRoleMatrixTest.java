package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's endpoint table, tried with real tokens of every role on every endpoint: allowed
 * roles get past security (whatever the answer to an empty body is), everyone else gets 403, and
 * no token gets 401.
 */
@QuarkusTest
class SharingRoleMatrixTest {

    private static final Set<String> STAFF_AND_DPO = Set.of("staff", "dpo");
    private static final Set<String> DPO_ONLY = Set.of("dpo");
    private static final Set<String> PARTNER = Set.of("partner-b", "partner-b-system");
    /** The dashboard's service account on a small provider's link (issue 13 item 4b). */
    private static final Set<String> PROVIDER_PORTAL = Set.of("dashboard-portal");

    private record Endpoint(String method, String path, Set<String> allowed) {
    }

    @Test
    @DisplayName("P6.1 every endpoint admits exactly the roles of the README's table")
    void everyEndpointAdmitsExactlyItsRoles() {
        Fixtures.partnerA();
        Fixtures.partnerB();
        String protocol = Fixtures.agreedProtocol("partner-a", Fixtures.PURPOSE, 180);
        String note = Fixtures.publishGuidance("PHARMACY");
        String some = UUID.randomUUID().toString();
        List<Endpoint> endpoints = new ArrayList<>(List.of(
                new Endpoint("POST", "/api/v1/partners", DPO_ONLY),
                new Endpoint("PUT", "/api/v1/partners/partner-a", DPO_ONLY),
                new Endpoint("GET", "/api/v1/partners", STAFF_AND_DPO),
                new Endpoint("GET", "/api/v1/partners/partner-a", STAFF_AND_DPO),
                new Endpoint("POST", "/api/v1/protocols", DPO_ONLY),
                new Endpoint("POST", "/api/v1/legal-disclosures", DPO_ONLY),
                new Endpoint("GET", "/api/v1/legal-disclosures", DPO_ONLY),
                new Endpoint("GET", "/api/v1/legal-disclosures/" + some, DPO_ONLY),
                new Endpoint("POST", "/api/v1/protocols/" + protocol + "/status", DPO_ONLY),
                new Endpoint("GET", "/api/v1/protocols", STAFF_AND_DPO),
                new Endpoint("GET", "/api/v1/protocols/" + protocol, STAFF_AND_DPO),
                new Endpoint("POST", "/api/v1/guidance-notes", DPO_ONLY),
                new Endpoint("GET", "/api/v1/guidance-notes", STAFF_AND_DPO),
                new Endpoint("GET", "/api/v1/guidance-notes/" + note, STAFF_AND_DPO),
                new Endpoint("GET", "/api/v1/partner/guidance-notes", PARTNER),
                new Endpoint("POST", "/api/v1/partner/guidance-acknowledgements", PARTNER),
                new Endpoint("GET", "/api/v1/partner/protocols", PARTNER),
                new Endpoint("POST", "/api/v1/partner/protocols/" + protocol + "/attestations", PARTNER),
                new Endpoint("GET", "/api/v1/protocols/" + protocol + "/attestations", STAFF_AND_DPO),
                new Endpoint("POST", "/api/v1/partner/protocols/" + protocol + "/conflicts", PARTNER),
                new Endpoint("GET", "/api/v1/protocol-conflicts", STAFF_AND_DPO),
                new Endpoint("POST", "/api/v1/protocol-conflicts/" + some + "/resolution", DPO_ONLY),
                new Endpoint("POST", "/api/v1/safeguarding-referrals", STAFF_AND_DPO),
                new Endpoint("GET", "/api/v1/safeguarding-referrals", DPO_ONLY),
                new Endpoint("GET", "/api/v1/safeguarding-referrals/" + some, STAFF_AND_DPO),
                new Endpoint("GET", "/api/v1/safeguarding-referrals/dpo-inbox", DPO_ONLY),
                new Endpoint("POST", "/api/v1/safeguarding-referrals/" + some + "/seen", DPO_ONLY),
                new Endpoint("GET", "/api/v1/partner/safeguarding-referrals", PARTNER),
                new Endpoint("GET", "/api/v1/partner/safeguarding-referrals/" + some, PARTNER),
                new Endpoint("POST", "/api/v1/partner/safeguarding-referrals/" + some + "/acknowledge", PARTNER),
                new Endpoint("GET", "/api/v1/consent-projections/" + some, STAFF_AND_DPO)));
        endpoints.addAll(laterEndpoints());
        // Operators' dead letters (api-support): role ops only, which none of the users below has.
        endpoints.addAll(List.of(
                new Endpoint("GET", "/api/v1/ops/dead-letters", Set.of()),
                new Endpoint("POST", "/api/v1/ops/dead-letters/0/0/replay", Set.of()),
                new Endpoint("POST", "/api/v1/ops/dead-letters/replay", Set.of())));

        Map<String, String> tokens = new LinkedHashMap<>();
        for (String user : List.of("staff", "dpo", "auditor", "partner-b", "norole")) {
            tokens.put(user, Tokens.user(user));
        }
        tokens.put("partner-b-system", Tokens.client("partner-b-system"));
        tokens.put("dashboard-portal", Tokens.client("dashboard-portal"));

        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            tokens.forEach((who, token) -> {
                int status = call(given().auth().oauth2(token), endpoint);
                boolean admitted = status != 401 && status != 403;
                if (admitted != endpoint.allowed().contains(who) || (!admitted && status != 403)) {
                    wrong.add(who + " " + endpoint.method() + " " + endpoint.path() + " -> " + status);
                }
            });
            int anonymous = call(given(), endpoint);
            if (anonymous != 401) {
                wrong.add("anonymous " + endpoint.method() + " " + endpoint.path() + " -> " + anonymous);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Endpoints added by later slices of the sharing issue. */
    private static List<Endpoint> laterEndpoints() {
        String some = UUID.randomUUID().toString();
        String share = Fixtures.as("staff").body(ShareRequests.aggregate("partner-a")).post("/api/v1/share-requests")
                .then().statusCode(201).extract().path("id");
        return List.of(
                new Endpoint("POST", "/api/v1/share-requests", STAFF_AND_DPO),
                new Endpoint("GET", "/api/v1/share-requests", STAFF_AND_DPO),
                new Endpoint("GET", "/api/v1/share-requests/" + share, STAFF_AND_DPO),
                new Endpoint("POST", "/api/v1/share-requests/" + share + "/dpo-decision", DPO_ONLY),
                new Endpoint("GET", "/api/v1/releases", STAFF_AND_DPO),
                new Endpoint("GET", "/api/v1/releases/" + some, STAFF_AND_DPO),
                new Endpoint("GET", "/api/v1/onward-requests", STAFF_AND_DPO),
                new Endpoint("POST", "/api/v1/onward-requests/" + some + "/decision", DPO_ONLY),
                new Endpoint("GET", "/api/v1/recipient-notifications", STAFF_AND_DPO),
                new Endpoint("GET", "/api/v1/withdrawal-propagations/" + some, STAFF_AND_DPO),
                new Endpoint("GET", "/api/v1/partner/releases", PARTNER),
                new Endpoint("GET", "/api/v1/partner/releases/" + some, PARTNER),
                new Endpoint("POST", "/api/v1/partner/releases/" + some + "/onward-requests", PARTNER),
                new Endpoint("GET", "/api/v1/partner/onward-requests", PARTNER),
                new Endpoint("GET", "/api/v1/partner/onward-requests/" + some, PARTNER),
                new Endpoint("GET", "/api/v1/partner/notifications", PARTNER),
                new Endpoint("GET", "/api/v1/partner/notifications/" + some, PARTNER),
                new Endpoint("POST", "/api/v1/partner/notifications/" + some + "/answer", PARTNER),
                new Endpoint("GET", "/api/v1/partner/portal/releases/" + some, PARTNER),
                new Endpoint("GET", "/api/v1/releases/" + some + "/secure-email-package", STAFF_AND_DPO),
                new Endpoint("POST", "/api/v1/releases/" + some + "/secure-email-handover", STAFF_AND_DPO),
                new Endpoint("GET", "/api/v1/retention/review", DPO_ONLY),
                new Endpoint("GET", "/api/v1/provider-links/" + "A".repeat(43), PROVIDER_PORTAL),
                new Endpoint("POST", "/api/v1/provider-links/" + "A".repeat(43) + "/answer", PROVIDER_PORTAL),
                new Endpoint("POST", "/api/v1/provider-links/" + "A".repeat(43) + "/acknowledgement", PROVIDER_PORTAL),
                new Endpoint("GET", "/api/v1/provider-notices", STAFF_AND_DPO));
    }

    private static int call(RequestSpecification request, Endpoint endpoint) {
        RequestSpecification withBody = request.contentType(ContentType.JSON).body(Map.of());
        return switch (endpoint.method()) {
            case "GET" -> request.get(endpoint.path()).statusCode();
            case "PUT" -> withBody.put(endpoint.path()).statusCode();
            default -> withBody.post(endpoint.path()).statusCode();
        };
    }
}
