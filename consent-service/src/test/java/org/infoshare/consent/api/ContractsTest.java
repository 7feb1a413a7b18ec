package org.infoshare.consent.api;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.DomainEvent;
import org.infoshare.events.EventCodec;
import org.infoshare.events.consent.ConsentGiven;
import org.infoshare.events.consent.FoiRequestHandedOver;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** Several Healthwatch contracts, one organisation (issue 12 item 6): consents and FOI requests. */
@QuarkusTest
class ContractsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final EventCodec codec = new EventCodec();

    @Test
    @DisplayName("every signed-in role lists the configured contracts with their councils and the default; no token, 401")
    void contractsAreListed() {
        for (String user : List.of("staff", "dpo", "auditor", "partner-a")) {
            given().auth().oauth2(Tokens.user(user)).get("/api/v1/contracts").then().statusCode(200)
                    .body("defaultContractId", equalTo("hw-west-northants"))
                    .body("items.id", equalTo(List.of("hw-rutland", "hw-west-northants")))
                    .body("items.find { it.id == 'hw-rutland' }.name", equalTo("Healthwatch Rutland"))
                    .body("items.find { it.id == 'hw-rutland' }.council", equalTo("Rutland County Council"))
                    .body("items.find { it.id == 'hw-west-northants' }.council",
                            equalTo("West Northamptonshire Council"));
        }
        assertProblem(given().get("/api/v1/contracts"), 401);
    }

    @Test
    @DisplayName("a consent belongs to the contract it names, or to the default; consent-given carries it; the list filters by it")
    void consentsBelongToContracts() {
        Map<String, Object> rutland = ConsentRequests.consent();
        rutland.put("contractId", "hw-rutland");
        Map<String, Object> unnamed = ConsentRequests.consent();
        String rutlandSubject = (String) rutland.get("subjectId");
        try (TopicReader reader = new TopicReader("test.consent-events")) {
            String rutlandId = ConsentRequests.give(rutland);
            String defaultId = ConsentRequests.give(unnamed);

            given().auth().oauth2(Tokens.user("staff")).get("/api/v1/consents/" + rutlandId).then().statusCode(200)
                    .body("contractId", equalTo("hw-rutland"));
            given().auth().oauth2(Tokens.user("staff")).get("/api/v1/consents/" + defaultId).then().statusCode(200)
                    .body("contractId", equalTo("hw-west-northants"));

            given().auth().oauth2(Tokens.user("dpo")).queryParam("contractId", "hw-rutland").queryParam("size", 200)
                    .get("/api/v1/consents").then().statusCode(200)
                    .body("items.id", hasItem(rutlandId)).body("items.id", not(hasItem(defaultId)))
                    .body("items.contractId", everyItem(equalTo("hw-rutland")));
            given().auth().oauth2(Tokens.user("dpo")).queryParam("contractId", "hw-west-northants")
                    .queryParam("size", 200).get("/api/v1/consents").then().statusCode(200)
                    .body("items.id", hasItem(defaultId)).body("items.id", not(hasItem(rutlandId)));

            List<ConsumerRecord<String, byte[]>> records = reader.await(r -> rutlandSubject.equals(r.key()), 1, PATIENCE);
            assertThat(records).hasSize(1);
            DomainEvent event = codec.data(codec.deserialize(records.get(0).value()));
            assertThat(event).isInstanceOfSatisfying(ConsentGiven.class,
                    given -> assertThat(given.contractId()).isEqualTo("hw-rutland"));
        }
    }

    @Test
    @DisplayName("an unknown contract is refused with 422 naming contractId, and nothing is stored or announced")
    void unknownContractIsRefused() {
        Map<String, Object> body = ConsentRequests.consent();
        body.put("contractId", "hw-nowhere");
        String subjectId = (String) body.get("subjectId");
        try (TopicReader reader = new TopicReader("test.consent-events")) {
            refusedForContract(given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/consents"));
            given().auth().oauth2(Tokens.user("staff")).queryParam("subjectId", subjectId).get("/api/v1/consents")
                    .then().statusCode(200).body("total", equalTo(0));
            assertThat(reader.drain(r -> subjectId.equals(r.key()), Duration.ofSeconds(2))).isEmpty();
        }
        refusedForContract(given().auth().oauth2(Tokens.user("staff")).queryParam("contractId", "hw-nowhere")
                .get("/api/v1/consents"));

        int before = foiTotal();
        refusedForContract(given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .body(Map.of("receivedAt", "2026-03-01T09:00:00Z", "summary", "Spending 2025", "contractId", "hw-nowhere"))
                .post("/api/v1/foi-requests"));
        assertThat(foiTotal()).isEqualTo(before);
    }

    @Test
    @DisplayName("P12.1 an FOI request is logged under its contract with that contract's council, and handed over to it once, announced")
    void foiRequestIsHandedToTheContractsCouncil() {
        String id = given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .body(Map.of("receivedAt", "2026-03-01T09:00:00Z", "summary", "Enter-and-view visits in Oakham 2025",
                        "contractId", "hw-rutland"))
                .post("/api/v1/foi-requests").then().statusCode(201)
                .body("contractId", equalTo("hw-rutland")).body("council", equalTo("Rutland County Council"))
                .body("councilFoiContact", equalTo("foi@rutland.gov.uk"))
                .body("handedOverAt", nullValue()).extract().path("id");
        String unnamed = given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .body(Map.of("receivedAt", "2026-03-01T09:00:00Z", "summary", "Spending on engagement 2025"))
                .post("/api/v1/foi-requests").then().statusCode(201)
                .body("contractId", equalTo("hw-west-northants"))
                .body("council", equalTo("West Northamptonshire Council")).extract().path("id");

        given().auth().oauth2(Tokens.user("dpo")).queryParam("contractId", "hw-rutland").queryParam("size", 200)
                .get("/api/v1/foi-requests").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.id", not(hasItem(unnamed)));

        try (TopicReader reader = new TopicReader("test.consent-events")) {
            assertProblem(given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                    .body(Map.of("handedOverAt", "2026-02-01T09:00:00Z"))
                    .post("/api/v1/foi-requests/" + id + "/hand-over"), 422);
            given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                    .body(Map.of("handedOverAt", "2026-03-02T09:00:00Z"))
                    .post("/api/v1/foi-requests/" + id + "/hand-over").then().statusCode(200)
                    .body("council", equalTo("Rutland County Council"))
                    .body("handedOverAt", equalTo("2026-03-02T09:00:00Z"))
                    .body("handedOverBy", not(nullValue()));
            assertProblem(given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(Map.of())
                    .post("/api/v1/foi-requests/" + id + "/hand-over"), 409);
            assertProblem(given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(Map.of())
                    .post("/api/v1/foi-requests/" + UUID.randomUUID() + "/hand-over"), 404);
            assertProblem(given().auth().oauth2(Tokens.user("auditor")).contentType(ContentType.JSON).body(Map.of())
                    .post("/api/v1/foi-requests/" + unnamed + "/hand-over"), 403);

            List<ConsumerRecord<String, byte[]>> records = reader.await(r -> id.equals(r.key()), 1, PATIENCE);
            assertThat(reader.drain(r -> id.equals(r.key()), Duration.ofMillis(500))).hasSize(1);
            CloudEvent envelope = codec.deserialize(records.get(0).value());
            assertThat(codec.data(envelope)).isInstanceOfSatisfying(FoiRequestHandedOver.class, handed -> {
                assertThat(handed.foiRequestId()).isEqualTo(UUID.fromString(id));
                assertThat(handed.contractId()).isEqualTo("hw-rutland");
                assertThat(handed.council()).isEqualTo("Rutland County Council");
            });
        }
    }

    private static void refusedForContract(Response response) {
        assertProblem(response, 422);
        response.then().body("errors.field", hasItem("contractId"));
    }

    private static int foiTotal() {
        return given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/foi-requests").then().statusCode(200)
                .extract().path("total");
    }
}
