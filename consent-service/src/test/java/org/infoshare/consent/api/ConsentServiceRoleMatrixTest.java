package org.infoshare.consent.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's endpoint table, tried with real tokens of staff, the DPO, the Chief Executive, an auditor and a partner
 * on every endpoint: allowed roles get past security (whatever the answer to an empty body is),
 * everyone else gets 403.
 */
@QuarkusTest
class ConsentServiceRoleMatrixTest {

    private static final Set<String> STAFF_AND_DPO = Set.of("staff", "dpo");
    private static final Set<String> DPO_ONLY = Set.of("dpo");
    /** P12.3: the Chief Executive handles access-to-information requests with the DPO. */
    private static final Set<String> ACCESS_TO_INFORMATION = Set.of("staff", "dpo", "ceo");
    private static final Set<String> DPO_AND_CEO = Set.of("dpo", "ceo");
    private static final Set<String> EVERY_EMPLOYEE = Set.of("staff", "dpo", "ceo");

    private record Endpoint(String method, String path, Set<String> allowed) {
    }

    @Test
    @DisplayName("P6.1 every endpoint admits exactly the roles of the README's table")
    void everyEndpointAdmitsExactlyItsRoles() {
        assertThat(wrongAnswers(List.of("staff", "dpo", "auditor", "partner-a"), true)).isEmpty();
    }

    @Test
    @DisplayName("P12.3 the Chief Executive (ceo) acts on subject access and FOI requests and gets 403 everywhere else")
    void chiefExecutiveHandlesAccessToInformationOnly() {
        assertThat(wrongAnswers(List.of("ceo"), false)).isEmpty();
    }

    private List<String> wrongAnswers(List<String> users, boolean anonymousToo) {
        String subjectId = Subjects.register();
        String consentId = ConsentRequests.give(ConsentRequests.consent(subjectId, ConsentRequests.publishSheet()));
        String requestId = given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .body(Map.of("subjectId", subjectId, "channel", "EMAIL", "receivedAt", "2026-02-01T10:00:00Z"))
                .post("/api/v1/subject-access-requests").then().statusCode(201).extract().path("id");
        String sar = "/api/v1/subject-access-requests/" + requestId;
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "/api/v1/subjects", STAFF_AND_DPO),
                new Endpoint("GET", "/api/v1/subjects/" + subjectId + "?purpose=matrix", STAFF_AND_DPO),
                new Endpoint("POST", "/api/v1/subjects/lookups", STAFF_AND_DPO),
                new Endpoint("PUT", "/api/v1/subjects/" + subjectId + "/capacity", STAFF_AND_DPO),
                new Endpoint("POST", "/api/v1/information-sheets", STAFF_AND_DPO),
                new Endpoint("GET", "/api/v1/information-sheets", STAFF_AND_DPO),
                new Endpoint("POST", "/api/v1/consents", STAFF_AND_DPO),
                new Endpoint("GET", "/api/v1/consents", STAFF_AND_DPO),
                new Endpoint("GET", "/api/v1/consents/" + consentId, STAFF_AND_DPO),
                new Endpoint("POST", "/api/v1/consents/" + consentId + "/withdrawals", STAFF_AND_DPO),
                new Endpoint("POST", "/api/v1/consents/" + consentId + "/reconfirmations", STAFF_AND_DPO),
                new Endpoint("POST", "/api/v1/subject-access-requests", ACCESS_TO_INFORMATION),
                new Endpoint("GET", "/api/v1/subject-access-requests", ACCESS_TO_INFORMATION),
                new Endpoint("GET", sar, ACCESS_TO_INFORMATION),
                new Endpoint("POST", sar + "/identity-verification", ACCESS_TO_INFORMATION),
                new Endpoint("POST", sar + "/pauses", ACCESS_TO_INFORMATION),
                new Endpoint("POST", sar + "/resumptions", ACCESS_TO_INFORMATION),
                new Endpoint("POST", sar + "/extension", DPO_AND_CEO),
                new Endpoint("GET", sar + "/answer", ACCESS_TO_INFORMATION),
                new Endpoint("POST", sar + "/answer/review", DPO_AND_CEO),
                new Endpoint("POST", sar + "/answer/release", DPO_AND_CEO),
                new Endpoint("POST", "/api/v1/foi-requests", ACCESS_TO_INFORMATION),
                new Endpoint("GET", "/api/v1/foi-requests", ACCESS_TO_INFORMATION),
                new Endpoint("POST", "/api/v1/foi-requests/" + java.util.UUID.randomUUID() + "/hand-over", ACCESS_TO_INFORMATION),
                // Contracts: configuration every signed-in role may read.
                new Endpoint("GET", "/api/v1/contracts", Set.of("staff", "dpo", "auditor", "partner-a", "ceo")),
                new Endpoint("GET", "/api/v1/breach-notices", STAFF_AND_DPO),
                new Endpoint("GET", "/api/v1/breach-notices/" + java.util.UUID.randomUUID() + "?purpose=matrix",
                        STAFF_AND_DPO),
                new Endpoint("GET", "/api/v1/legal-disclosures", DPO_ONLY),
                new Endpoint("GET", "/api/v1/legal-disclosures/" + java.util.UUID.randomUUID(), DPO_ONLY),
                new Endpoint("POST", "/api/v1/legal-disclosures/" + java.util.UUID.randomUUID() + "/identity", DPO_ONLY),
                new Endpoint("POST", "/api/v1/legal-disclosures/" + java.util.UUID.randomUUID() + "/hand-over", DPO_ONLY),
                new Endpoint("POST", "/api/v1/staff", DPO_ONLY),
                new Endpoint("POST", "/api/v1/staff/acknowledgements", EVERY_EMPLOYEE),
                new Endpoint("POST", "/api/v1/staff/training", DPO_ONLY),
                new Endpoint("GET", "/api/v1/staff/outstanding", DPO_ONLY),
                // Issue 13 item 4(a): staff issue links; only the dashboard's person-portal account (no user) redeems
                // and uses sessions (PersonLinkTest proves it is admitted).
                new Endpoint("POST", "/api/v1/person-links", STAFF_AND_DPO),
                new Endpoint("GET", "/api/v1/person-links/" + java.util.UUID.randomUUID() + "/letter?purpose=matrix",
                        STAFF_AND_DPO),
                new Endpoint("POST", "/api/v1/person-links/" + "A".repeat(43) + "/redeem", Set.of()),
                new Endpoint("GET", "/api/v1/person-sessions/" + "A".repeat(43), Set.of()),
                new Endpoint("POST", "/api/v1/person-sessions/" + "A".repeat(43) + "/withdrawals", Set.of()),
                new Endpoint("POST", "/api/v1/person-sessions/" + "A".repeat(43) + "/subject-access-requests", Set.of()),
                // Operators' dead letters (api-support): role ops only, which none of the users below has.
                new Endpoint("GET", "/api/v1/ops/dead-letters", Set.of()),
                new Endpoint("POST", "/api/v1/ops/dead-letters/0/0/replay", Set.of()),
                new Endpoint("POST", "/api/v1/ops/dead-letters/replay", Set.of()));

        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (String user : users) {
                int status = call(given().auth().oauth2(Tokens.user(user)), endpoint);
                boolean admitted = status != 401 && status != 403;
                if (admitted != endpoint.allowed().contains(user) || (!admitted && status != 403)) {
                    wrong.add(user + " " + endpoint.method() + " " + endpoint.path() + " -> " + status);
                }
            }
            int anonymous = anonymousToo ? call(given(), endpoint) : 401;
            if (anonymous != 401) {
                wrong.add("anonymous " + endpoint.method() + " " + endpoint.path() + " -> " + anonymous);
            }
        }
        return wrong;
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
