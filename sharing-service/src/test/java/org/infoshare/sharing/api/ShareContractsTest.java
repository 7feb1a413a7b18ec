package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventCodec;
import org.infoshare.events.sharing.ShareRequested;
import org.infoshare.testing.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.infoshare.sharing.api.Fixtures.as;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** Several Healthwatch contracts, one organisation (issue 12 item 6): share requests. */
@QuarkusTest
class ShareContractsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final EventCodec codec = new EventCodec();

    @Test
    @DisplayName("a share request belongs to the contract it names, or to the default; share-requested carries it; the list filters by it")
    void sharesBelongToContracts() {
        String partner = ShareRequests.provider();
        Map<String, Object> rutland = ShareRequests.aggregate(partner);
        rutland.put("contractId", "hw-rutland");
        try (TopicReader reader = new TopicReader("test.sharing-events")) {
            String rutlandId = ShareRequests.post(rutland).then().statusCode(201)
                    .body("contractId", equalTo("hw-rutland")).extract().path("id");
            String defaultId = ShareRequests.post(ShareRequests.aggregate(partner)).then().statusCode(201)
                    .body("contractId", equalTo("hw-west-northants")).extract().path("id");
            ShareRequests.get(rutlandId).then().statusCode(200).body("contractId", equalTo("hw-rutland"));

            as("dpo").queryParam("contractId", "hw-rutland").queryParam("size", 200).get("/api/v1/share-requests")
                    .then().statusCode(200).body("items.id", hasItem(rutlandId))
                    .body("items.id", not(hasItem(defaultId))).body("items.contractId", everyItem(equalTo("hw-rutland")));
            as("dpo").queryParam("contractId", "hw-west-northants").queryParam("size", 200)
                    .get("/api/v1/share-requests").then().statusCode(200)
                    .body("items.id", hasItem(defaultId)).body("items.id", not(hasItem(rutlandId)));

            List<ConsumerRecord<String, byte[]>> records = reader.await(r -> partner.equals(r.key()), 6, PATIENCE);
            List<ShareRequested> requested = records.stream().map(r -> codec.data(codec.deserialize(r.value())))
                    .filter(ShareRequested.class::isInstance).map(ShareRequested.class::cast).toList();
            assertThat(requested).extracting(r -> r.shareRequestId().toString() + "=" + r.contractId())
                    .containsExactlyInAnyOrder(rutlandId + "=hw-rutland", defaultId + "=hw-west-northants");
        }
    }

    @Test
    @DisplayName("an unknown contract is refused with 422 naming contractId, and nothing is stored or announced")
    void unknownContractIsRefused() {
        String partner = ShareRequests.provider();
        Map<String, Object> body = ShareRequests.aggregate(partner);
        body.put("contractId", "hw-nowhere");
        try (TopicReader reader = new TopicReader("test.sharing-events")) {
            refusedForContract(ShareRequests.post(body));
            assertThat(reader.drain(r -> partner.equals(r.key()), Duration.ofSeconds(2))).isEmpty();
        }
        long stored = as("dpo").queryParam("size", 200).get("/api/v1/share-requests").then().statusCode(200)
                .extract().jsonPath().getList("items.partnerId", String.class).stream().filter(partner::equals).count();
        assertThat(stored).isZero();
        refusedForContract(as("dpo").queryParam("contractId", "hw-nowhere").get("/api/v1/share-requests"));
    }

    private static void refusedForContract(Response response) {
        assertProblem(response, 422);
        response.then().body("errors.field", hasItem("contractId"));
    }
}
