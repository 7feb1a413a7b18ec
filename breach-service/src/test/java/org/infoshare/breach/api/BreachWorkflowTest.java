package org.infoshare.breach.api;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventCodec;
import org.infoshare.events.breach.BreachAssessed;
import org.infoshare.events.breach.BreachClosed;
import org.infoshare.events.breach.BreachNoticeRequested;
import org.infoshare.events.breach.BreachReported;
import org.infoshare.events.breach.IndividualsNotified;
import org.infoshare.events.sharing.ShareReleased;
import org.infoshare.events.vocabulary.BreachReportKind;
import org.infoshare.events.vocabulary.RiskLevel;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * A high-risk breach from report to closure through the API, with the events each step announces:
 * P14.2 assessment and ICO reports, P14.3 notices to the people traced, P14.4 actions and closure.
 */
@QuarkusTest
class BreachWorkflowTest {

    private final SharingEvents sharing = new SharingEvents();
    private final EventCodec codec = new EventCodec();

    @AfterEach
    void close() {
        sharing.close();
    }

    @Test
    @DisplayName("P14.2 P14.3 P14.4 a high-risk breach is assessed, reported to the ICO, its people notified, its actions done, then closed")
    void highRiskBreachFromReportToClosure() {
        String ann = "subj-" + UUID.randomUUID();
        String bob = "subj-" + UUID.randomUUID();
        ShareReleased toA = SharingEvents.release(ann, "partner-a", null, "health");
        ShareReleased toB = SharingEvents.release(bob, "partner-a", null, "health");
        ShareReleased onward = SharingEvents.release(ann, "partner-c", toA.releaseId(), "health");
        sharing.publish(toA, toB, onward);
        Instant awareAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(2, ChronoUnit.HOURS);
        Map<String, Object> report = BreachReports.aware(awareAt, List.of(toA.releaseId(), toB.releaseId()));
        report.put("summary", "Answers <script>alert(1)</script> e-mailed to the wrong care home");
        report.put("certainty", "CONFIRMED");

        try (TopicReader events = new TopicReader("test.breach-events")) {
            String id = BreachReports.report("staff", report);
            String breach = "/api/v1/breaches/" + id;
            BreachTracingTest.awaitAffected(id, 3);

            // Nothing is reported or sent before the risk is assessed.
            Response notAssessed = dpo().body(Map.of("kind", "INITIAL")).post(breach + "/ico-reports");
            assertProblem(notAssessed, 409, "conflict");
            assertThat(notAssessed.jsonPath().getList("rules", String.class)).containsExactly("P14.2");
            assertProblem(dpo().body(notices()).post(breach + "/notices"), 409, "conflict");

            dpo().body(BreachReports.assessment("LIKELY", "SEVERE")).post(breach + "/assessments").then()
                    .statusCode(201).body("riskLevel", equalTo("HIGH_RISK")).body("reportToIco", equalTo(true))
                    .body("notifyIndividuals", equalTo(true));
            given().auth().oauth2(Tokens.user("staff")).get(breach).then().statusCode(200)
                    .body("state", equalTo("ASSESSED")).body("certainty", equalTo("CONFIRMED"))
                    .body("clock.running", equalTo(true)).body("clock.overdue", equalTo(false));

            // P14.2: the ICO report is pre-filled from the breach and the traced numbers.
            List<String> actionIds = List.of("INVESTIGATION", "PREVENTION", "MITIGATION").stream()
                    .map(kind -> dpo().body(BreachReports.action(kind)).post(breach + "/actions").then()
                            .statusCode(201).body("done", equalTo(false)).extract().<String>path("id"))
                    .toList();
            dpo().get(breach + "/ico-reports/draft").then().statusCode(200)
                    .body("icoDeadline", equalTo(awareAt.plus(72, ChronoUnit.HOURS).toString()))
                    .body("lateIfReportedNow", equalTo(false))
                    .body("content.approximateSubjects", equalTo(2)).body("content.approximateRecords", equalTo(3))
                    .body("content.recipientsInvolved", equalTo(List.of("partner-a", "partner-c")))
                    .body("content.measuresProposed", containsString("PREVENTION"))
                    .body("contactPoint", containsString("Data Protection Officer"));

            String initial = dpo().body(Map.of("kind", "INITIAL", "categoriesOfPeople", List.of("patients", "carers")))
                    .post(breach + "/ico-reports").then().statusCode(201)
                    .body("late", equalTo(false)).body("content.approximateSubjects", equalTo(2))
                    .body("content.categoriesOfPeople", equalTo(List.of("patients", "carers")))
                    .extract().path("id");
            assertProblem(dpo().body(Map.of("kind", "INITIAL")).post(breach + "/ico-reports"), 409, "conflict");
            dpo().body(Map.of("kind", "FOLLOW_UP", "icoReference", "IC-123456", "approximateRecords", 4))
                    .post(breach + "/ico-reports").then().statusCode(201).body("content.approximateRecords", equalTo(4));
            given().auth().oauth2(Tokens.user("staff")).get(breach).then()
                    .body("state", equalTo("REPORTED_TO_ICO")).body("clock.running", equalTo(false));

            // Exports: JSON, and a printable page whose text is escaped.
            dpo().get(breach + "/ico-reports/" + initial).then().statusCode(200).contentType(ContentType.JSON)
                    .body("kind", equalTo("INITIAL")).body("content.whatHappened", containsString("<script>"));
            Response page = dpo().accept(ContentType.HTML).get(breach + "/ico-reports/" + initial + "/print");
            page.then().statusCode(200).contentType(containsString("text/html"));
            assertThat(page.asString()).contains("Article 33", "Approximate number of people</th><td>2",
                    "&lt;script&gt;", "patients; carers", "Data Protection Officer").doesNotContain("<script>");

            // P14.3: one notice per traced person, by subject id only; preparing again adds nobody.
            dpo().body(notices()).post(breach + "/notices").then().statusCode(201).body("prepared", equalTo(2));
            dpo().body(notices()).post(breach + "/notices").then().statusCode(201).body("prepared", equalTo(0));
            List<Map<String, Object>> prepared = given().auth().oauth2(Tokens.user("staff"))
                    .get(breach + "/notices").then().statusCode(200).extract().jsonPath().getList("items");
            assertThat(prepared).extracting(n -> n.get("subjectId")).containsExactlyInAnyOrder(ann, bob);
            assertThat(prepared).allSatisfy(n -> {
                assertThat(n.get("status")).isEqualTo("PENDING");
                assertThat((String) n.get("advice")).contains("Information Commissioner's Office");
            });

            // P14.4: not closed while people are untold and actions open.
            Response refused = dpo().post(breach + "/close");
            assertProblem(refused, 409, "conflict");
            assertThat(refused.jsonPath().getList("rules", String.class)).containsExactly("P14.4");
            assertThat(refused.jsonPath().getList("errors.message", String.class))
                    .contains("not every affected person has been notified")
                    .anyMatch(m -> m.startsWith("INVESTIGATION action"));

            // Staff may record notices sent by hand (here: before consent-service answered).
            for (Map<String, Object> notice : prepared) {
                given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                        .body(Map.of("channel", "LETTER"))
                        .post(breach + "/notices/" + notice.get("id") + "/sent").then().statusCode(200)
                        .body("status", equalTo("SENT")).body("channel", equalTo("LETTER"));
            }
            assertProblem(given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                    .body(Map.of("channel", "LETTER"))
                    .post(breach + "/notices/" + prepared.get(0).get("id") + "/sent"), 409, "conflict");

            for (String action : actionIds) {
                given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                        .body(Map.of("outcome", "Done and checked"))
                        .post(breach + "/actions/" + action + "/done").then().statusCode(200).body("done", equalTo(true));
            }
            dpo().post(breach + "/close").then().statusCode(200).body("state", equalTo("CLOSED"));
            assertProblem(dpo().post(breach + "/close"), 409, "conflict");
            assertProblem(dpo().body(BreachReports.assessment("REMOTE", "MINIMAL")).post(breach + "/assessments"),
                    409, "conflict");
            assertProblem(dpo().body(BreachReports.action("MITIGATION")).post(breach + "/actions"), 409, "conflict");

            // Every step was announced once, in order, keyed by the breach.
            events.await(r -> id.equals(r.key()), 15, Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> records = events.drain(r -> id.equals(r.key()), Duration.ofSeconds(1));
            List<CloudEvent> all = records.stream().map(r -> codec.deserialize(r.value())).toList();
            // X1: each action recorded and done is an event too (checked apart, as they interleave)
            assertThat(all).extracting(CloudEvent::getType)
                    .filteredOn(type -> type.startsWith("org.infoshare.breach-action-"))
                    .containsExactly("org.infoshare.breach-action-recorded.v1", "org.infoshare.breach-action-recorded.v1",
                            "org.infoshare.breach-action-recorded.v1", "org.infoshare.breach-action-completed.v1",
                            "org.infoshare.breach-action-completed.v1", "org.infoshare.breach-action-completed.v1");
            // the ICO clock's escalations come from a job, whenever it runs: not steps of this journey
            List<CloudEvent> announced = all.stream()
                    .filter(e -> !e.getType().startsWith("org.infoshare.breach-action-"))
                    .filter(e -> !e.getType().equals("org.infoshare.breach-escalated.v1")).toList();
            assertThat(announced).extracting(CloudEvent::getType).containsExactly(
                    "org.infoshare.breach-suspected.v1", "org.infoshare.breach-assessed.v1",
                    "org.infoshare.breach-reported.v1", "org.infoshare.breach-reported.v1",
                    "org.infoshare.breach-notice-requested.v1", "org.infoshare.breach-notice-requested.v1",
                    "org.infoshare.individuals-notified.v1", "org.infoshare.individuals-notified.v1",
                    "org.infoshare.breach-closed.v1");
            BreachAssessed assessed = codec.data(announced.get(1), BreachAssessed.class);
            assertThat(assessed.riskLevel()).isEqualTo(RiskLevel.HIGH_RISK);
            assertThat(assessed.icoDeadline()).isEqualTo(awareAt.plus(72, ChronoUnit.HOURS));
            BreachReported first = codec.data(announced.get(2), BreachReported.class);
            assertThat(first.reportKind()).isEqualTo(BreachReportKind.INITIAL);
            assertThat(first.approximateSubjects()).isEqualTo(2);
            assertThat(first.late()).isFalse();
            assertThat(codec.data(announced.get(3), BreachReported.class).reportKind()).isEqualTo(BreachReportKind.FOLLOW_UP);
            assertThat(announced.subList(4, 6)).extracting(e -> codec.data(e, BreachNoticeRequested.class).subjectId())
                    .containsExactlyInAnyOrder(ann, bob);
            assertThat(announced.subList(6, 8)).extracting(e -> codec.data(e, IndividualsNotified.class).subjectId())
                    .containsExactlyInAnyOrder(ann, bob);
            assertThat(codec.data(announced.get(8), BreachClosed.class).actionsCompleted()).isEqualTo(3);
        }
    }

    @Test
    @DisplayName("P14.2 Art. 33(1) an initial report after the 72 hours is refused without the reasons for the delay, and records them when given")
    void lateReportCarriesReasons() {
        Instant awareAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(80, ChronoUnit.HOURS);
        String id = BreachReports.report("staff", BreachReports.aware(awareAt, List.of()));
        String breach = "/api/v1/breaches/" + id;
        BreachReports.assess(id, "POSSIBLE", "SIGNIFICANT");
        given().auth().oauth2(Tokens.user("dpo")).get(breach).then()
                .body("clock.overdue", equalTo(true)).body("clock.timeLeft", org.hamcrest.Matchers.startsWith("PT-"));

        try (TopicReader events = new TopicReader("test.breach-events")) {
            Response refused = dpo().body(Map.of("kind", "INITIAL")).post(breach + "/ico-reports");
            assertProblem(refused, 422, "unprocessable");
            assertThat(refused.jsonPath().getString("detail")).contains("delayReasons");
            dpo().get(breach + "/ico-reports").then().statusCode(200).body("size()", equalTo(0));

            dpo().body(Map.of("kind", "INITIAL", "delayReasons", "The partner told us only on day four"))
                    .post(breach + "/ico-reports").then().statusCode(201)
                    .body("late", equalTo(true)).body("delayReasons", equalTo("The partner told us only on day four"));
            // the ICO clock's escalations of this overdue breach (X1) share its key: wait for the report's event
            var reported = events.await(r -> id.equals(r.key())
                    && new String(r.value(), java.nio.charset.StandardCharsets.UTF_8).contains("breach-reported"),
                    1, Duration.ofSeconds(30));
            BreachReported event = codec.data(codec.deserialize(reported.get(0).value()), BreachReported.class);
            assertThat(event.late()).isTrue();
        }
    }

    @Test
    @DisplayName("P14.2 P14.3 a breach assessed as no risk stops the clock and is not reported; people may still be "
            + "told, though not required to be (Art. 34 needs high risk)")
    void noRiskIsNotReported() {
        String id = BreachReports.report("staff", BreachReports.aware(Instant.now().minusSeconds(3600), List.of()));
        String breach = "/api/v1/breaches/" + id;
        dpo().body(BreachReports.assessment("REMOTE", "MINIMAL")).post(breach + "/assessments").then()
                .statusCode(201).body("riskLevel", equalTo("NO_RISK")).body("reportToIco", equalTo(false))
                .body("notifyIndividuals", equalTo(false));
        given().auth().oauth2(Tokens.user("dpo")).get(breach).then().body("clock.running", equalTo(false));
        assertProblem(dpo().body(Map.of("kind", "INITIAL")).post(breach + "/ico-reports"), 409, "conflict");
        dpo().body(notices()).post(breach + "/notices").then().statusCode(201)
                .body("prepared", equalTo(0)).body("required", equalTo(false));
        // A risk-level breach is reported; telling people is still a choice (Art. 34 needs high risk).
        BreachReports.assess(id, "POSSIBLE", "SIGNIFICANT");
        given().auth().oauth2(Tokens.user("dpo")).get(breach).then().body("clock.running", equalTo(true));
        dpo().body(notices()).post(breach + "/notices").then().statusCode(201).body("required", equalTo(false));
    }

    static Map<String, Object> notices() {
        return Map.of("advice", "Be wary of calls claiming to come from the care home.",
                "supportOffered", "Our helpline on 0300 000 0000 and an appointment with our advocate");
    }

    private static io.restassured.specification.RequestSpecification dpo() {
        return given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.JSON);
    }
}
