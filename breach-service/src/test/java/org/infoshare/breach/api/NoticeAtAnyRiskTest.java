package org.infoshare.breach.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventCodec;
import org.infoshare.events.breach.BreachNoticeRequested;
import org.infoshare.events.sharing.ShareReleased;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P14.3 (issue 11, contradiction 4): the policy says to notify the individual, advise them of their
 * rights and offer support, so notices are possible at any assessed risk level, each recording the
 * support offered; they are required, and hold the breach open until sent, only at high risk (Art. 34).
 */
@QuarkusTest
class NoticeAtAnyRiskTest {

    private final SharingEvents sharing = new SharingEvents();
    private final EventCodec codec = new EventCodec();

    @AfterEach
    void close() {
        sharing.close();
    }

    private static RequestSpecification dpo() {
        return given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.JSON);
    }

    @Test
    @DisplayName("P14.3 at RISK a person can be told, with advice on their rights and the support offered recorded; "
            + "a notice without support is refused and stores nothing; the notice is not required, so a pending one "
            + "does not hold the breach open")
    void peopleCanBeToldBelowHighRisk() {
        String ann = "subj-" + UUID.randomUUID();
        ShareReleased toAnn = SharingEvents.release(ann, "partner-a", null, "health");
        sharing.publish(toAnn);
        String id = BreachReports.report("staff", BreachReports.aware(Instant.now().minusSeconds(600),
                List.of(toAnn.releaseId())));
        String breach = "/api/v1/breaches/" + id;
        BreachTracingTest.awaitAffected(id, 1);
        BreachReports.assess(id, "POSSIBLE", "SIGNIFICANT"); // RISK: reported to the ICO, people not required to be told
        Predicate<ConsumerRecord<String, byte[]>> ofBreach = r -> id.equals(r.key());

        try (TopicReader events = new TopicReader("test.breach-events")) {
            Map<String, Object> withoutSupport = new HashMap<>(BreachWorkflowTest.notices());
            withoutSupport.put("supportOffered", " ");
            assertProblem(dpo().body(withoutSupport).post(breach + "/notices"), 400);
            given().auth().oauth2(Tokens.user("staff")).get(breach + "/notices").then().statusCode(200)
                    .body("total", equalTo(0));

            dpo().body(BreachWorkflowTest.notices()).post(breach + "/notices").then().statusCode(201)
                    .body("prepared", equalTo(1)).body("required", equalTo(false));
            given().auth().oauth2(Tokens.user("staff")).get(breach + "/notices").then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].subjectId", equalTo(ann))
                    .body("items[0].status", equalTo("PENDING"))
                    .body("items[0].advice", containsString("Information Commissioner's Office"))
                    .body("items[0].supportOffered", equalTo(BreachWorkflowTest.notices().get("supportOffered")));

            // the notice is requested from consent-service, support included, as at high risk
            BreachNoticeRequested requested = events.await(ofBreach, 1, Duration.ofSeconds(30)).stream()
                    .map(r -> codec.data(codec.deserialize(r.value())))
                    .filter(BreachNoticeRequested.class::isInstance).map(BreachNoticeRequested.class::cast)
                    .findFirst().orElseThrow();
            assertThat(requested.subjectId()).isEqualTo(ann);
            assertThat(requested.supportOffered()).contains("advocate");
        }

        // the ICO draft says people were told although not required to be
        dpo().get(breach + "/ico-reports/draft").then().statusCode(200)
                .body("content.individualsTold", equalTo("0 of 1 notified, though the risk to them is not assessed as high (Art. 34)"));

        // reported, investigated and prevented: it closes with the voluntary notice still pending
        BreachReports.initialIcoReport(id);
        for (String kind : List.of("INVESTIGATION", "PREVENTION")) {
            String action = dpo().body(BreachReports.action(kind)).post(breach + "/actions").then().statusCode(201)
                    .extract().path("id");
            dpo().body(Map.of("outcome", "Done and checked")).post(breach + "/actions/" + action + "/done").then()
                    .statusCode(200);
        }
        dpo().post(breach + "/close").then().statusCode(200).body("state", equalTo("CLOSED"));
    }

    @Test
    @DisplayName("P14.3 Art. 34 at HIGH_RISK notices are required: the answer says so and the breach stays open until every one is sent")
    void requiredAtHighRisk() {
        String bob = "subj-" + UUID.randomUUID();
        ShareReleased toBob = SharingEvents.release(bob, "partner-a", null, "health");
        sharing.publish(toBob);
        String id = BreachReports.report("staff", BreachReports.aware(Instant.now().minusSeconds(600),
                List.of(toBob.releaseId())));
        String breach = "/api/v1/breaches/" + id;
        BreachTracingTest.awaitAffected(id, 1);
        BreachReports.assess(id, "LIKELY", "SEVERE");

        dpo().body(BreachWorkflowTest.notices()).post(breach + "/notices").then().statusCode(201)
                .body("prepared", equalTo(1)).body("required", equalTo(true));
        BreachReports.initialIcoReport(id);
        for (String kind : List.of("INVESTIGATION", "PREVENTION")) {
            String action = dpo().body(BreachReports.action(kind)).post(breach + "/actions").then().statusCode(201)
                    .extract().path("id");
            dpo().body(Map.of("outcome", "Done and checked")).post(breach + "/actions/" + action + "/done").then()
                    .statusCode(200);
        }
        var refused = dpo().post(breach + "/close");
        assertProblem(refused, 409, "conflict");
        assertThat(refused.jsonPath().getList("errors.message", String.class))
                .containsExactly("not every affected person has been notified");
    }
}
