package org.infoshare.breach.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventCodec;
import org.infoshare.events.breach.BreachSuspected;
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
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** Several Healthwatch contracts, one organisation (issue 12 item 6): breach reports. */
@QuarkusTest
class BreachContractsTest {

    private final EventCodec codec = new EventCodec();

    @Test
    @DisplayName("a breach belongs to the contract it names, or to the default; breach-suspected carries it; the lists filter by it")
    void breachesBelongToContracts() {
        Map<String, Object> rutland = BreachReports.valid();
        rutland.put("contractId", "hw-rutland");
        try (TopicReader reader = new TopicReader("test.breach-events")) {
            String rutlandId = BreachReports.report("staff", rutland);
            String defaultId = BreachReports.report("staff", BreachReports.valid());

            given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/breaches/" + rutlandId).then().statusCode(200)
                    .body("contractId", equalTo("hw-rutland"));
            given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/breaches/" + defaultId).then().statusCode(200)
                    .body("contractId", equalTo("hw-west-northants"));

            given().auth().oauth2(Tokens.user("dpo")).queryParam("contractId", "hw-rutland").queryParam("size", 200)
                    .get("/api/v1/breaches").then().statusCode(200).body("items.id", hasItem(rutlandId))
                    .body("items.id", not(hasItem(defaultId))).body("items.contractId", everyItem(equalTo("hw-rutland")));
            given().auth().oauth2(Tokens.user("dpo")).queryParam("contractId", "hw-west-northants")
                    .queryParam("size", 200).get("/api/v1/breaches").then().statusCode(200)
                    .body("items.id", hasItem(defaultId)).body("items.id", not(hasItem(rutlandId)));
            given().auth().oauth2(Tokens.user("dpo")).queryParam("contractId", "hw-rutland").queryParam("size", 200)
                    .get("/api/v1/breach-log").then().statusCode(200).body("items.breachId", hasItem(rutlandId))
                    .body("items.breachId", not(hasItem(defaultId)));

            for (String id : List.of(rutlandId, defaultId)) {
                List<ConsumerRecord<String, byte[]>> records = reader.await(r -> id.equals(r.key()), 1,
                        Duration.ofSeconds(30));
                assertThat(records).isNotEmpty();
                BreachSuspected suspected = codec.data(codec.deserialize(records.get(0).value()), BreachSuspected.class);
                assertThat(suspected.contractId()).isEqualTo(id.equals(rutlandId) ? "hw-rutland" : "hw-west-northants");
            }
        }
    }

    @Test
    @DisplayName("an unknown contract is refused with 422 naming contractId, and nothing is stored")
    void unknownContractIsRefused() {
        Map<String, Object> body = BreachReports.valid();
        String summary = "Unknown-contract breach " + UUID.randomUUID();
        body.put("summary", summary);
        body.put("contractId", "hw-nowhere");
        refusedForContract(given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/breaches"));
        given().auth().oauth2(Tokens.user("dpo")).queryParam("size", 200).get("/api/v1/breaches").then()
                .statusCode(200).body("items.summary", not(hasItem(summary)));
        refusedForContract(given().auth().oauth2(Tokens.user("dpo")).queryParam("contractId", "hw-nowhere")
                .get("/api/v1/breaches"));
    }

    private static void refusedForContract(Response response) {
        assertProblem(response, 422);
        response.then().body("errors.field", hasItem("contractId"));
    }
}
