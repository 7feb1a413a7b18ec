package org.infoshare.breach.api;

import io.cloudevents.CloudEvent;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.breach.domain.MisuseReportBreach;
import org.infoshare.events.EventCodec;
import org.infoshare.events.audit.MisuseEscalated;
import org.infoshare.events.breach.BreachSuspected;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.TopicWriter;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * P15.2 -> P14.1 through the real broker: audit-service's misuse-escalated (published here as its
 * outbox relay would, delivered twice and then again under a new event id) opens one suspected
 * breach with source misuse-report and the report id, announced once as breach-suspected.
 */
@QuarkusTest
class MisuseReportIntakeTest {

    private final EventCodec codec = new EventCodec();

    @Test
    @DisplayName("P15.2 an escalated misuse report opens one suspected breach (source misuse-report, the report id), however often it arrives")
    void escalationOpensOneSuspectedBreach() {
        UUID reportId = UUID.randomUUID();
        Instant escalatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(60);
        MisuseEscalated escalated = new MisuseEscalated(reportId, "bulk-reads", "staff-" + reportId, 12,
                escalatedAt.minusSeconds(3600), escalatedAt.minusSeconds(600), "dpo-1", escalatedAt);
        UUID breachId = MisuseReportBreach.breachId(reportId);
        try (TopicReader events = new TopicReader("test.breach-events");
             TopicWriter audit = new TopicWriter("test.breach-events", URI.create("urn:infoshare:audit-service"))) {
            byte[] value = audit.envelope(escalated, UUID.randomUUID(), escalatedAt);
            audit.sendRaw(escalated.partitionKey(), value);
            audit.sendRaw(escalated.partitionKey(), value);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.user("dpo"))
                    .get("/api/v1/breaches/" + breachId).then().statusCode(200)
                    .body("certainty", equalTo("SUSPECTED"))
                    .body("reporterKind", equalTo("DPO"))
                    .body("discoveredHow", equalTo("misuse-report"))
                    .body("summary", containsString(reportId.toString()))
                    .body("awareAt", equalTo(escalatedAt.toString())));
            // the same report again under another event id (e.g. a replay): still one breach
            UUID again = UUID.randomUUID();
            audit.sendRaw(escalated.partitionKey(), audit.envelope(escalated, again, escalatedAt));
            await().atMost(Duration.ofSeconds(30)).until(() -> processed(again));
            assertThat(breachesFrom(reportId)).isEqualTo(1);
            List<ConsumerRecord<String, byte[]>> suspected = events.drain(r -> breachId.toString().equals(r.key())
                    && type(r).contains("breach-suspected"), Duration.ofSeconds(5));
            assertThat(suspected).hasSize(1);
            BreachSuspected announced = codec.data(codec.deserialize(suspected.get(0).value()), BreachSuspected.class);
            assertThat(announced.breachId()).isEqualTo(breachId);
            assertThat(announced.awareAt()).isEqualTo(escalatedAt);
        }
    }

    @Test
    @DisplayName("P15.2 the breach an escalated misuse report opened is handled like any other: staff and the DPO see it")
    void escalatedBreachIsListed() {
        UUID reportId = UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (TopicWriter audit = new TopicWriter("test.breach-events", URI.create("urn:infoshare:audit-service"))) {
            audit.send(new MisuseEscalated(reportId, "out-of-hours", "staff-x", 1, at.minusSeconds(60),
                    at.minusSeconds(60), "dpo-1", at), at);
        }
        UUID breachId = MisuseReportBreach.breachId(reportId);
        await().atMost(Duration.ofSeconds(30)).until(() -> breachesFrom(reportId) == 1);
        given().auth().oauth2(Tokens.user("staff")).get("/api/v1/breaches/" + breachId).then().statusCode(200);
        given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/breaches/" + breachId).then().statusCode(200)
                .body("reporterKind", equalTo("DPO"));
    }

    private static long breachesFrom(UUID reportId) {
        Pool pool = Arc.container().instance(Pool.class).get();
        return pool.preparedQuery("SELECT count(*) FROM breach WHERE source = 'misuse-report' AND source_ref = $1")
                .execute(Tuple.of(reportId)).map(rows -> rows.iterator().next().getLong(0)).await().indefinitely();
    }

    private static boolean processed(UUID eventId) {
        Pool pool = Arc.container().instance(Pool.class).get();
        return pool.preparedQuery("SELECT count(*) FROM processed_event WHERE event_id = $1")
                .execute(Tuple.of(eventId)).map(rows -> rows.iterator().next().getLong(0) == 1).await().indefinitely();
    }

    private String type(ConsumerRecord<String, byte[]> record) {
        CloudEvent event = codec.deserialize(record.value());
        return event.getType();
    }
}
