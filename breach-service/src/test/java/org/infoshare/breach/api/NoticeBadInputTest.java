package org.infoshare.breach.api;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import org.infoshare.events.sharing.ShareReleased;
import org.infoshare.testing.BadInputContract;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P14.3 notices: on a high-risk breach with a traced person and no notice yet (so an accepted
 * request would add a row), bad input is refused and adds no notice; a bad "sent" leaves the
 * notice pending and announces nothing.
 */
@QuarkusTest
class NoticeBadInputTest {

    @Test
    @DisplayName("P14.3 notices without advice or support, with an unknown channel, malformed, or of another type are refused and none is prepared or requested")
    void badPreparationsPrepareNothing() {
        String notices = highRiskBreachWithOnePerson() + "/notices";
        Map<String, Object> noAdvice = new HashMap<>(BreachWorkflowTest.notices());
        noAdvice.remove("advice");
        Map<String, Object> blankSupport = new HashMap<>(BreachWorkflowTest.notices());
        blankSupport.put("supportOffered", " ");
        Map<String, Object> extra = new HashMap<>(BreachWorkflowTest.notices());
        extra.put("subjectName", "never accepted");
        Map<String, Object> unknownChannel = new HashMap<>(BreachWorkflowTest.notices());
        unknownChannel.put("preferredChannel", "PIGEON");

        refusedAndUnchanged(() -> post(notices, noAdvice), 400, "validation-failed");
        refusedAndUnchanged(() -> post(notices, blankSupport), 400, "validation-failed");
        refusedAndUnchanged(() -> post(notices, extra), 400, "unknown-field");
        refusedAndUnchanged(() -> post(notices, unknownChannel), 400, "invalid-field-type");
        refusedAndUnchanged(() -> given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.JSON)
                .body("{\"advice\": ").post(notices), 400, "malformed-json");
        refusedAndUnchanged(() -> given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.TEXT)
                .body("advice").post(notices), 415, "unsupported-media-type");

        post(notices, BreachWorkflowTest.notices()).then().statusCode(201).body("prepared",
                org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    @DisplayName("P14.3 a sent notice with no channel, an unknown channel or a future time is refused and the notice stays pending")
    void badSentLeavesNoticePending() {
        String breach = highRiskBreachWithOnePerson();
        post(breach + "/notices", BreachWorkflowTest.notices()).then().statusCode(201);
        String notice = given().auth().oauth2(Tokens.user("dpo")).get(breach + "/notices").then().statusCode(200)
                .extract().path("items[0].id");
        String sent = breach + "/notices/" + notice + "/sent";

        refusedAndUnchanged(() -> post(sent, Map.of()), 400, "validation-failed");
        refusedAndUnchanged(() -> post(sent, Map.of("channel", "PIGEON")), 400, "invalid-field-type");
        refusedAndUnchanged(() -> post(sent, Map.of("channel", "LETTER",
                "sentAt", Instant.now().plusSeconds(86_400).toString())), 400, "validation-failed");
        assertProblem(post(breach + "/notices/" + java.util.UUID.randomUUID() + "/sent", Map.of("channel", "LETTER")),
                404);

        given().auth().oauth2(Tokens.user("dpo")).get(breach + "/notices").then()
                .body("items[0].status", org.hamcrest.Matchers.equalTo("PENDING"));
    }

    private static String highRiskBreachWithOnePerson() {
        ShareReleased release = SharingEvents.release("subj-" + java.util.UUID.randomUUID(), "partner-a", null, "health");
        try (SharingEvents sharing = new SharingEvents()) {
            sharing.publish(release);
        }
        String id = BreachReports.report("staff", BreachReports.aware(Instant.now().minusSeconds(600),
                List.of(release.releaseId())));
        BreachTracingTest.awaitAffected(id, 1);
        BreachReports.assess(id, "LIKELY", "SEVERE");
        return "/api/v1/breaches/" + id;
    }

    private static Response post(String path, Object body) {
        return given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.JSON).body(body).post(path);
    }

    private static void refusedAndUnchanged(Supplier<Response> call, int status, String type) {
        String before = state();
        assertProblem(call.get(), status, type);
        assertThat(state()).as("notices and outbox after a refused request").isEqualTo(before);
    }

    /** Every notice's status and the outbox size: what a refused request must not change. */
    private static String state() {
        Pool pool = Arc.container().instance(Pool.class).get();
        return pool.query("SELECT (SELECT count(*) FROM outbox_event WHERE " + BadInputContract.REQUEST_EVENTS_ONLY + ") || '/' || (SELECT count(*) FROM breach_notice)"
                        + " || '/' || (SELECT count(*) FROM breach_notice WHERE status = 'SENT')").execute()
                .map(rows -> rows.iterator().next().getString(0)).await().indefinitely();
    }
}
