package org.infoshare.consent.api;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.infoshare.events.EventCodec;
import org.infoshare.events.staff.PolicyAcknowledged;
import org.infoshare.events.staff.StaffRegistered;
import org.infoshare.events.staff.TrainingRecorded;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.infoshare.web.StaffPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P15.1 with real tokens: the DPO registers the demo user {@code staff}, who is outstanding until
 * they acknowledge the policy version in force and have training recorded; the acknowledgement
 * gate (off in the test profile) is switched on at run time through {@link StaffPolicy} to prove
 * it refuses, then lets through, the same staff member. The test database is clean at each run,
 * and no other test acknowledges, hence the order.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffRegisterTest {

    private static final String CURRENT = "2020-03-24";

    @Inject
    StaffPolicy policy;

    private final EventCodec codec = new EventCodec();
    private final String staffId = Tokens.actorId("staff");

    @Test
    @Order(1)
    @DisplayName("P15.1 the DPO registers staff at induction (staff-registered, keyed by the staff id); until they acknowledge and train they are outstanding")
    void registeredStaffAreOutstanding() {
        try (TopicReader reader = new TopicReader("test.consent-events")) {
            given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.JSON).body(Map.of("staffId", staffId))
                    .post("/api/v1/staff").then().statusCode(201);
            assertProblem(given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.JSON)
                    .body(Map.of("staffId", staffId)).post("/api/v1/staff"), 409, "conflict");

            reader.await(r -> staffId.equals(r.key()), 1, Duration.ofSeconds(30));
            var records = reader.drain(r -> staffId.equals(r.key()), Duration.ofSeconds(2));
            assertThat(records).hasSize(1);
            StaffRegistered registered = codec.data(codec.deserialize(records.get(0).value()), StaffRegistered.class);
            assertThat(registered.staffId()).isEqualTo(staffId);
            assertThat(registered.registeredBy()).isEqualTo(Tokens.actorId("dpo"));
        }

        Map<String, Object> mine = outstandingEntry(staffId);
        assertThat(mine).isNotNull();
        assertThat(mine.get("acknowledgedCurrentVersion")).isEqualTo(false);
        assertThat((List<Object>) mine.get("outstanding"))
                .containsExactly("has not acknowledged policy version " + CURRENT, "has no recorded training");
        assertThat((List<Object>) mine.get("rules")).containsExactly("P15.1");
    }

    @Test
    @Order(2)
    @DisplayName("P15.1 with the gate on, staff get a 403 policy-not-acknowledged problem naming the version on personal-data endpoints until they acknowledge; the gate off lets them through")
    void gateRefusesUntilAcknowledged() {
        assertThat(policy.requiresAcknowledgement()).as("off in the test profile").isFalse();
        given().auth().oauth2(Tokens.user("staff")).get("/api/v1/consents").then().statusCode(200);
        Map<String, Object> request = SubjectAccessRequests.valid(); // registers a person: itself gated once on
        policy.requireAcknowledgement(true);
        try {
            Response refused = given().auth().oauth2(Tokens.user("staff")).get("/api/v1/consents");
            assertProblem(refused, 403, "policy-not-acknowledged");
            assertThat(refused.jsonPath().getString("detail")).contains("version " + CURRENT);
            assertProblem(given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                    .body(request).post("/api/v1/subject-access-requests"), 403,
                    "policy-not-acknowledged");
            // the DPO is not staff; endpoints that hold no personal data stay open to staff
            given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/consents").then().statusCode(200);
            given().auth().oauth2(Tokens.user("staff")).get("/api/v1/foi-requests").then().statusCode(200);

            acknowledgeAndCheckTheEvent();

            given().auth().oauth2(Tokens.user("staff")).get("/api/v1/consents").then().statusCode(200);
            given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(request)
                    .post("/api/v1/subject-access-requests").then().statusCode(201);
        } finally {
            policy.requireAcknowledgement(false);
        }
    }

    private void acknowledgeAndCheckTheEvent() {
        try (TopicReader reader = new TopicReader("test.consent-events")) {
            Response wrong = given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                    .body(Map.of("policyVersion", "2019-01-01")).post("/api/v1/staff/acknowledgements");
            assertProblem(wrong, 422, "unprocessable");
            assertThat(wrong.jsonPath().getList("rules")).containsExactly("P15.1");

            given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                    .body(Map.of("policyVersion", CURRENT)).post("/api/v1/staff/acknowledgements")
                    .then().statusCode(201);
            String first = given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                    .body(Map.of("policyVersion", CURRENT)).post("/api/v1/staff/acknowledgements")
                    .then().statusCode(200).extract().path("acknowledgedAt");
            assertThat(first).isNotBlank();

            reader.await(r -> staffId.equals(r.key()), 1, Duration.ofSeconds(30));
            var records = reader.drain(r -> staffId.equals(r.key()), Duration.ofSeconds(2));
            assertThat(records).as("a repeat announces nothing").hasSize(1);
            CloudEvent event = codec.deserialize(records.get(0).value());
            assertThat(event.getType()).isEqualTo("org.infoshare.policy-acknowledged.v1");
            PolicyAcknowledged acknowledged = codec.data(event, PolicyAcknowledged.class);
            assertThat(acknowledged.staffId()).isEqualTo(staffId);
            assertThat(acknowledged.policyVersion()).isEqualTo(CURRENT);
        }
    }

    @Test
    @Order(3)
    @DisplayName("P15.1 the DPO records training (training-recorded); a staff member who acknowledged and trained is no longer outstanding")
    void trainingCompletesTheStanding() {
        assertThat((List<Object>) outstandingEntry(staffId).get("outstanding")).containsExactly("has no recorded training");
        assertProblem(given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.JSON)
                .body(Map.of("staffId", staffId, "course", "Induction", "completedOn", LocalDate.now().plusDays(2).toString()))
                .post("/api/v1/staff/training"), 400, "validation-failed");
        try (TopicReader reader = new TopicReader("test.consent-events")) {
            given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.JSON)
                    .body(Map.of("staffId", staffId, "course", "Data protection induction", "completedOn", "2026-01-06"))
                    .post("/api/v1/staff/training").then().statusCode(201);
            reader.await(r -> staffId.equals(r.key()), 1, Duration.ofSeconds(30));
            TrainingRecorded trained = codec.data(codec.deserialize(
                    reader.drain(r -> staffId.equals(r.key()), Duration.ofSeconds(2)).get(0).value()), TrainingRecorded.class);
            assertThat(trained.course()).isEqualTo("Data protection induction");
            assertThat(trained.completedOn()).isEqualTo(LocalDate.of(2026, 1, 6));
            assertThat(trained.recordedBy()).isEqualTo(Tokens.actorId("dpo"));
        }
        assertThat(outstandingEntry(staffId)).as("no longer outstanding").isNull();
    }

    @Test
    @Order(4)
    @DisplayName("P15.1 only the DPO registers staff, records training and lists who is outstanding")
    void onlyTheDpoManagesTheRegister() {
        for (String user : List.of("staff", "auditor", "partner-a")) {
            given().auth().oauth2(Tokens.user(user)).get("/api/v1/staff/outstanding").then().statusCode(403);
            given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON)
                    .body(Map.of("staffId", "someone", "course", "Induction", "completedOn", "2026-01-06"))
                    .post("/api/v1/staff/training").then().statusCode(403);
            given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(Map.of("staffId", "someone"))
                    .post("/api/v1/staff").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.user("auditor")).contentType(ContentType.JSON)
                .body(Map.of("policyVersion", CURRENT)).post("/api/v1/staff/acknowledgements").then().statusCode(403);
        given().get("/api/v1/staff/outstanding").then().statusCode(401);
    }

    private static Map<String, Object> outstandingEntry(String staffId) {
        List<Map<String, Object>> items = given().auth().oauth2(Tokens.user("dpo")).queryParam("size", 200)
                .get("/api/v1/staff/outstanding").then().statusCode(200).extract().path("items");
        return items.stream().filter(item -> staffId.equals(item.get("staffId"))).findFirst().orElse(null);
    }
}
