package org.infoshare.sharing.api;

import io.cloudevents.CloudEvent;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import org.infoshare.events.EventCodec;
import org.infoshare.events.consent.LegalDisclosureHandedOver;
import org.infoshare.events.sharing.LegalDisclosureApproved;
import org.infoshare.events.vocabulary.HandOverChannel;
import org.infoshare.events.vocabulary.LegalRecipientKind;
import org.infoshare.events.vocabulary.NotToldReason;
import org.infoshare.testing.Tokens;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.TopicWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P2.1 against the real stack: a one-off disclosure under a legal duty to a court that is not a
 * partner, recorded by the DPO with the order's reference, announced once as
 * legal-disclosure-approved, and completed by consent-service's legal-disclosure-handed-over.
 * Refused without the reference (422, nothing stored, nothing announced), and by role.
 */
@QuarkusTest
class LegalDisclosureApiTest {

    private static final String PATH = "/api/v1/legal-disclosures";
    private static final String APPROVED = "org.infoshare.legal-disclosure-approved.v1";

    private final EventCodec codec = new EventCodec();

    static Map<String, Object> body(String subjectId) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subjectId);
        body.put("recipientKind", "COURT");
        body.put("recipientOrganisation", "Northampton Crown Court");
        body.put("orderReference", "T20267001 production order");
        body.put("identifiable", true);
        body.put("justification", "The Crown Court's production order compels us to disclose the complainant's identity.");
        body.put("tellSubject", false);
        body.put("notToldReason", "ORDER_FORBIDS");
        return body;
    }

    private static Response post(String user, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(body).post(PATH);
    }

    private static long stored(String subjectId) {
        Pool pool = Arc.container().instance(Pool.class).get();
        return pool.preparedQuery("SELECT count(*) FROM legal_disclosure WHERE subject_id = $1")
                .execute(Tuple.of(subjectId)).await().indefinitely().iterator().next().getLong(0);
    }

    private static String subject() {
        return "subj-legal-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @DisplayName("P2.1 a legal-duty disclosure without the order's reference is 422 naming P2.1: nothing stored, nothing announced")
    void withoutReferenceRefused() {
        String subjectId = subject();
        Map<String, Object> body = body(subjectId);
        body.remove("orderReference");
        try (TopicReader events = new TopicReader("test.sharing-events")) {
            Response refused = post("dpo", body);
            assertProblem(refused, 422);
            assertThat(refused.jsonPath().getList("rules", String.class)).containsExactly("P2.1");
            assertThat(refused.jsonPath().getString("detail")).contains("reference");

            body.put("orderReference", "   ");
            assertProblem(post("dpo", body), 422);

            assertThat(stored(subjectId)).isZero();
            assertThat(events.drain(r -> subjectId.equals(r.key()), Duration.ofSeconds(3))).isEmpty();
        }
    }

    @Test
    @DisplayName("P2.1 not telling the person without a reason, or without the DPO's written justification, is 422 naming P2.1, nothing stored")
    void notToldWithoutReasonOrUnjustifiedRefused() {
        String subjectId = subject();
        Map<String, Object> notTold = body(subjectId);
        notTold.remove("notToldReason");
        Response refused = post("dpo", notTold);
        assertProblem(refused, 422);
        assertThat(refused.jsonPath().getList("rules", String.class)).containsExactly("P2.1");
        assertThat(refused.jsonPath().getString("detail")).contains("notToldReason");

        Map<String, Object> unjustified = body(subjectId);
        unjustified.put("justification", "court order");
        assertProblem(post("dpo", unjustified), 422);

        Map<String, Object> unknownKind = body(subjectId);
        unknownKind.put("recipientKind", "NEWSPAPER");
        assertProblem(post("dpo", unknownKind), 400);
        assertThat(stored(subjectId)).isZero();
    }

    @Test
    @DisplayName("P2.1 only the DPO records a legal-duty disclosure: staff, partners and auditors are refused, nothing stored")
    void onlyTheDpo() {
        String subjectId = subject();
        for (String user : List.of("staff", "partner-b", "auditor")) {
            assertThat(post(user, body(subjectId)).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(given().auth().oauth2(Tokens.client("partner-b-system")).contentType(ContentType.JSON)
                .body(body(subjectId)).post(PATH).statusCode()).isEqualTo(403);
        assertThat(given().contentType(ContentType.JSON).body(body(subjectId)).post(PATH).statusCode()).isEqualTo(401);
        assertThat(given().auth().oauth2(Tokens.user("staff")).get(PATH).statusCode()).isEqualTo(403);
        assertThat(stored(subjectId)).isZero();
    }

    @Test
    @DisplayName("P2.1 the DPO's disclosure to a court that is no partner, with the order's reference, is recorded, announced once without identifiers, and completed by consent-service's hand-over")
    void recordedAnnouncedAndCompleted() {
        String subjectId = subject();
        String id;
        LegalDisclosureApproved approved;
        try (TopicReader events = new TopicReader("test.sharing-events")) {
            id = post("dpo", body(subjectId)).then().statusCode(201)
                    .body("status", equalTo("HANDOVER_REQUESTED"))
                    .body("recipientKind", equalTo("COURT"))
                    .body("lawfulBasis", equalTo("C"))
                    .body("tellSubject", equalTo(false))
                    .body("notToldReason", equalTo("ORDER_FORBIDS"))
                    .body("handOverChannel", nullValue())
                    .extract().path("id");

            events.await(r -> subjectId.equals(r.key()), 1, Duration.ofSeconds(30));
            var records = events.drain(r -> subjectId.equals(r.key()), Duration.ofSeconds(2));
            assertThat(records).hasSize(1);
            CloudEvent event = codec.deserialize(records.get(0).value());
            assertThat(event.getType()).isEqualTo(APPROVED);
            assertThat(event.getSource().toString()).isEqualTo("urn:infoshare:sharing-service");
            approved = codec.data(event, LegalDisclosureApproved.class);
        }
        assertThat(approved.disclosureId()).hasToString(id);
        assertThat(approved.subjectId()).isEqualTo(subjectId);
        assertThat(approved.recipientKind()).isEqualTo(LegalRecipientKind.COURT);
        assertThat(approved.recipientOrganisation()).isEqualTo("Northampton Crown Court");
        assertThat(approved.orderReference()).isEqualTo("T20267001 production order");
        assertThat(approved.identifiable()).isTrue();
        assertThat(approved.tellSubject()).isFalse();
        assertThat(approved.notToldReason()).isEqualTo(NotToldReason.ORDER_FORBIDS);
        assertThat(stored(subjectId)).isEqualTo(1);

        given().auth().oauth2(Tokens.user("dpo")).get(PATH + "/" + id).then().statusCode(200)
                .body("orderReference", equalTo("T20267001 production order"))
                .body("justification", equalTo(body(subjectId).get("justification")));
        assertProblem(given().auth().oauth2(Tokens.user("dpo")).get(PATH + "/" + UUID.randomUUID()), 404);

        // consent-service's answer, delivered twice, completes it once.
        LegalDisclosureHandedOver handedOver = new LegalDisclosureHandedOver(UUID.fromString(id), subjectId,
                HandOverChannel.COURT_PORTAL, true, "dpo-user-1", Instant.now().truncatedTo(ChronoUnit.MILLIS));
        try (TopicWriter consent = new TopicWriter(ConsentEvents.TOPIC, URI.create("urn:infoshare:consent-service"))) {
            byte[] value = consent.send(handedOver, handedOver.handedOverAt());
            consent.sendRaw(subjectId, value);
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                "COMPLETED".equals(given().auth().oauth2(Tokens.user("dpo")).get(PATH + "/" + id).path("status")));
        given().auth().oauth2(Tokens.user("dpo")).get(PATH + "/" + id).then()
                .body("handOverChannel", equalTo("COURT_PORTAL"))
                .body("handedOverBy", equalTo("dpo-user-1"));
        given().auth().oauth2(Tokens.user("dpo")).queryParam("size", 200).get(PATH).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.status", equalTo("COMPLETED"));
    }
}
