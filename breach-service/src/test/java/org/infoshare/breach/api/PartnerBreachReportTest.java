package org.infoshare.breach.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.infoshare.events.sharing.ShareReleased;
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
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P14.1, P14.2 for partners' reports against the real broker: a partner names only releases made
 * to it (another partner's people are never pulled into the trace by its report), and its report
 * starts the ICO clock when it arrives, its own awareness time kept as it said.
 */
@QuarkusTest
class PartnerBreachReportTest {

    private final SharingEvents sharing = new SharingEvents();

    @AfterEach
    void close() {
        sharing.close();
    }

    @Test
    @DisplayName("P14.1 a partner's report naming another partner's release is refused with 422 and nothing is stored")
    void anotherPartnersReleaseIsRefused() {
        ShareReleased toB = SharingEvents.release("subj-" + UUID.randomUUID(), "partner-b", null, "health");
        sharing.publish(toB);
        awaitKnown(toB);
        long reportsBefore = partnerReports("partner-a");

        Response refused = report("partner-a", List.of(toB.releaseId()));

        assertProblem(refused, 422, "unprocessable");
        refused.then().body("detail", containsString("P14.1")).body("detail", containsString(toB.releaseId().toString()));
        assertThat(refused.jsonPath().getList("rules", String.class)).as("the refusing rule").containsExactly("P14.1");
        assertThat(partnerReports("partner-a")).isEqualTo(reportsBefore);
    }

    @Test
    @DisplayName("P14.1 a partner's report naming its own release is accepted and traces the people it reached")
    void ownReleaseIsAccepted() {
        String subject = "subj-" + UUID.randomUUID();
        ShareReleased toA = SharingEvents.release(subject, "partner-a", null, "health");
        sharing.publish(toA);
        awaitKnown(toA);

        String id = report("partner-a", List.of(toA.releaseId())).then().statusCode(201)
                .body("reporterPartnerId", org.hamcrest.Matchers.equalTo("partner-a")).extract().path("id");

        assertThat(BreachTracingTest.awaitAffected(id, 1).getList("subjectIds", String.class)).containsExactly(subject);
    }

    @Test
    @DisplayName("P14.2 a partner's report starts the ICO clock when it arrives; the partner's own awareness time is kept as stated")
    void partnerReportStartsTheClockOnArrival() {
        Instant stated = Instant.now().minus(50, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = BreachReports.aware(stated, List.of());

        var view = given().auth().oauth2(Tokens.client("partner-a-system")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/breaches").then().statusCode(201).extract().jsonPath();

        Instant reportedAt = Instant.parse(view.getString("reportedAt"));
        assertThat(Instant.parse(view.getString("statedAwareAt"))).isEqualTo(stated);
        assertThat(Instant.parse(view.getString("awareAt"))).isEqualTo(reportedAt);
        assertThat(Instant.parse(view.getString("clock.deadline"))).isEqualTo(reportedAt.plus(72, ChronoUnit.HOURS));

        Instant staffStated = Instant.now().minus(50, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        var staffView = given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .body(BreachReports.aware(staffStated, List.of())).post("/api/v1/breaches")
                .then().statusCode(201).extract().jsonPath();
        assertThat(Instant.parse(staffView.getString("awareAt"))).isEqualTo(staffStated);
        assertThat(Instant.parse(staffView.getString("statedAwareAt"))).isEqualTo(staffStated);
    }

    private static Response report(String partnerUser, List<UUID> releaseIds) {
        return given().auth().oauth2(Tokens.user(partnerUser)).contentType(ContentType.JSON)
                .body(BreachReports.aware(Instant.now().minusSeconds(600), releaseIds)).post("/api/v1/breaches");
    }

    /** Staff may name any release: their report's trace shows when the projection holds this one. */
    private static void awaitKnown(ShareReleased release) {
        String probe = BreachReports.report("staff", BreachReports.aware(Instant.now().minusSeconds(600),
                List.of(release.releaseId())));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> BreachTracingTest.affected(probe).getInt("approximateRecords") >= 1);
    }

    private static long partnerReports(String partnerUser) {
        return given().auth().oauth2(Tokens.user(partnerUser)).get("/api/v1/breaches?size=1")
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }
}
