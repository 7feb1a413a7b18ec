package org.infoshare.audit.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.infoshare.events.breach.BreachActionRecorded;
import org.infoshare.events.consent.CapacityAssessed;
import org.infoshare.events.sharing.GuidanceNoteIssued;
import org.infoshare.events.sharing.PartnerRegistered;
import org.infoshare.testing.EventPerChangeContract;
import org.infoshare.testing.Tokens;
import org.infoshare.testing.TopicWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * X1: audit-service's own state changes (the DPO's decisions on misuse reports) are events too;
 * the trail itself is written from Kafka, never through the API.
 */
@QuarkusTest
class AuditEventPerChangeTest extends EventPerChangeContract {

    @Override
    protected Map<String, String> eventPerEndpoint() {
        return Map.of(
                "POST /api/v1/misuse-reports/{id}/dismiss", "misuse-dismissed",
                "POST /api/v1/misuse-reports/{id}/escalate", "misuse-escalated");
    }

    @Override
    protected Map<String, String> exemptions() {
        return Map.of(
                "POST /api/v1/ops/dead-letters/{partition}/{offset}/replay",
                "re-delivers to the trail consumer an event already on Kafka: the trail captures it once, "
                        + "by its event id, and nothing else changes",
                "POST /api/v1/ops/dead-letters/replay", "re-delivers events already on Kafka, as above");
    }

    @Override
    protected List<String> change(String endpoint) {
        String report = openReport();
        String action = endpoint.endsWith("/dismiss") ? "dismiss" : "escalate";
        given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Checked with the team lead"))
                .post("/api/v1/misuse-reports/" + report + "/" + action).then().statusCode(200);
        return List.of(report);
    }

    @Test
    @DisplayName("X1 the trail captures the state-change types from their producers' topics, dead-lettering none")
    void trailTakesTheStateChangeTypes() throws SQLException {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String subject = "subj-" + UUID.randomUUID();
        String partner = "x1-" + UUID.randomUUID();
        UUID breach = UUID.randomUUID();
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        try (TopicWriter consent = new TopicWriter("test.consent-events", URI.create("urn:infoshare:consent-service"));
             TopicWriter sharing = new TopicWriter("test.sharing-events", URI.create("urn:infoshare:sharing-service"));
             TopicWriter breaches = new TopicWriter("test.breach-events", URI.create("urn:infoshare:breach-service"))) {
            CapacityAssessed capacity = new CapacityAssessed(subject, "LACKS_CAPACITY", "staff-1", at);
            consent.sendRaw(capacity.partitionKey(), consent.envelope(capacity, ids.get(0), at));
            PartnerRegistered registered = new PartnerRegistered(partner, "SERVICE_PROVIDER", null,
                    List.of("research"), false, List.of(), "dpo-1", at);
            sharing.sendRaw(registered.partitionKey(), sharing.envelope(registered, ids.get(1), at));
            GuidanceNoteIssued note = new GuidanceNoteIssued(UUID.randomUUID(), "PHARMACY", 3, List.of("research"),
                    List.of("experience"), "dpo-1", at);
            sharing.sendRaw(note.partitionKey(), sharing.envelope(note, ids.get(2), at));
            BreachActionRecorded action = new BreachActionRecorded(breach, UUID.randomUUID(), "INVESTIGATION",
                    LocalDate.now().plusDays(7), "dpo-1", at);
            breaches.sendRaw(action.partitionKey(), breaches.envelope(action, ids.get(3), at));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> captured(ids).size() == ids.size());
        assertThat(captured(ids)).containsExactlyInAnyOrder("org.infoshare.capacity-assessed.v1",
                "org.infoshare.partner-registered.v1", "org.infoshare.guidance-note-issued.v1",
                "org.infoshare.breach-action-recorded.v1");
    }

    private static List<String> captured(List<UUID> eventIds) throws SQLException {
        try (Connection conn = TrailFixture.runtime();
             PreparedStatement select = conn.prepareStatement(
                     "SELECT event_type FROM trail_entry WHERE event_id = ANY (?)")) {
            select.setArray(1, conn.createArrayOf("uuid", eventIds.toArray()));
            List<String> types = new java.util.ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
            return types;
        }
    }

    /** An open report of unusual access, as the detection pass raises it (P15.2). */
    private static String openReport() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);
        try (Connection conn = TrailFixture.runtime();
             PreparedStatement insert = conn.prepareStatement("""
                     INSERT INTO misuse_report (id, rule, actor_id, window_start, window_end, first_read_at,
                         last_read_at, subject_count, read_count, status, raised_at)
                     VALUES (?, 'out-of-hours', ?, ?, ?, ?, ?, 1, 1, 'OPEN', ?)""")) {
            Timestamp time = Timestamp.from(at);
            insert.setObject(1, id);
            insert.setString(2, "staff-" + UUID.randomUUID());
            for (int i = 3; i <= 7; i++) {
                insert.setTimestamp(i, time);
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not raise a misuse report", e);
        }
        return id.toString();
    }
}
