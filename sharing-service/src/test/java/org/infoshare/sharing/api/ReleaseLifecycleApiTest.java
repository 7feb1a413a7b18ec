package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.infoshare.events.EventCodec;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.events.sharing.ReleaseDestroyed;
import org.infoshare.events.vocabulary.ContactChannel;
import org.infoshare.events.vocabulary.PayloadDestructionCause;
import org.infoshare.sharing.service.PayloadRetentionService;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P11.1: each release's lifecycle is tracked (stored, fetched, withdrawn, destroyed), each step
 * announced through the outbox, and payloads are destroyed after their retention (default P90D) or
 * at once on withdrawal, the record of the release kept.
 */
@QuarkusTest
class ReleaseLifecycleApiTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Pool pool;

    @Inject
    PayloadRetentionService retention;

    private final EventCodec codec = new EventCodec();

    @Test
    @DisplayName("P11.1 a release is stored, fetched (first fetch, by whom), then withdrawn with its payload destroyed at once; release-delivered and release-destroyed go through the outbox; the fetch is then 410")
    void lifecycleThroughWithdrawal() {
        Releases.Consented consented = Releases.consentedRelease("partner-c");
        String release = consented.releaseId();
        Releases.release(release).then().body("stage", equalTo("STORED")).body("deliveredAt", nullValue())
                .body("payloadDestroyedAt", nullValue());

        Releases.fetch("partner-c", release).then().statusCode(200);
        Releases.release(release).then().body("stage", equalTo("FETCHED")).body("deliveredAt", notNullValue())
                .body("deliveredBy", equalTo(Tokens.actorId("partner-c")));
        assertThat(events("org.infoshare.release-delivered.v1", release)).isEqualTo(1);

        try (ConsentEvents events = new ConsentEvents()) {
            events.send(new ConsentWithdrawn(consented.consentId(), consented.subject(), 2, true, List.of(), List.of(),
                    List.of(), ContactChannel.LETTER, "staff-1", Instant.now()));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Releases.release(release).then()
                .body("status", equalTo("WITHDRAWN")).body("stage", equalTo("DESTROYED"))
                .body("payloadDestructionCause", equalTo("CONSENT_WITHDRAWN"))
                .body("payloadDestroyedAt", notNullValue())
                .body("deliveredBy", equalTo(Tokens.actorId("partner-c"))));
        assertThat(payloadHeld(release)).as("the payload is removed, the record kept").isFalse();
        assertThat(events("org.infoshare.recipient-notified.v1", release)).as("the withdrawal step").isEqualTo(1);
        List<ReleaseDestroyed> destroyed = destroyed(release);
        assertThat(destroyed).hasSize(1);
        assertThat(destroyed.get(0).cause()).isEqualTo(PayloadDestructionCause.CONSENT_WITHDRAWN);
        assertThat(destroyed.get(0).subjectId()).isEqualTo(consented.subject());
        assertProblem(Releases.fetch("partner-c", release), 410, "gone");
    }

    @Test
    @DisplayName("P11.1 the retention job destroys only payloads past their retention, once, keeping the record; a destroyed release answers 410")
    void retentionDestroysDuePayloadsOnly() throws Throwable {
        String partner = "partner-c";
        Releases.provider(partner, null);
        String old = aggregateRelease(partner);
        String fresh = aggregateRelease(partner);
        Instant now = Instant.now();
        // released 91 days ago: past the default retention of 90 days
        pool.preparedQuery("UPDATE release SET released_at = $2 WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(old), now.minus(Duration.ofDays(91)).atOffset(java.time.ZoneOffset.UTC)))
                .await().atMost(WAIT);

        int destroyedNow = VertxContextSupport.subscribeAndAwait(() -> retention.destroyDue(now));
        assertThat(destroyedNow).isPositive();

        Releases.release(old).then().statusCode(200).body("stage", equalTo("DESTROYED"))
                .body("payloadDestructionCause", equalTo("RETENTION_ELAPSED")).body("status", equalTo("RELEASED"))
                .body("dataCategories", equalTo(List.of("experience")));
        assertThat(payloadHeld(old)).isFalse();
        var gone = Releases.fetch(partner, old);
        assertProblem(gone, 410, "gone");
        gone.then().body("detail", containsString("destroyed"));
        List<ReleaseDestroyed> announced = destroyed(old);
        assertThat(announced).hasSize(1);
        assertThat(announced.get(0).cause()).isEqualTo(PayloadDestructionCause.RETENTION_ELAPSED);
        assertThat(announced.get(0).partnerId()).isEqualTo(partner);

        Releases.release(fresh).then().body("stage", equalTo("STORED")).body("payloadDestroyedAt", nullValue());
        assertThat(payloadHeld(fresh)).isTrue();
        assertThat(destroyed(fresh)).isEmpty();
        Releases.fetch(partner, fresh).then().statusCode(200).body("cells.size()", equalTo(3));

        VertxContextSupport.subscribeAndAwait(() -> retention.destroyDue(now));
        assertThat(destroyed(old)).as("destroyed and announced once").hasSize(1);
        assertThat(payloadHeld(fresh)).isTrue();
    }

    private static String aggregateRelease(String partner) {
        String share = ShareRequests.post(ShareRequests.aggregate(partner)).then().statusCode(201)
                .body("outcome", equalTo("APPROVED")).extract().path("id");
        return Releases.releaseOf(share, partner);
    }

    private boolean payloadHeld(String releaseId) {
        return pool.preparedQuery("SELECT content_json IS NOT NULL OR content_sealed IS NOT NULL FROM release WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(releaseId))).await().atMost(WAIT).iterator().next().getBoolean(0);
    }

    private long events(String type, String releaseId) {
        return pool.preparedQuery("SELECT count(*) FROM outbox_event WHERE event_type = $1 AND payload LIKE '%' || $2 || '%'")
                .execute(Tuple.of(type, releaseId)).await().atMost(WAIT).iterator().next().getLong(0);
    }

    private List<ReleaseDestroyed> destroyed(String releaseId) {
        List<ReleaseDestroyed> found = new ArrayList<>();
        for (Row row : pool.preparedQuery("SELECT payload FROM outbox_event WHERE event_type = $1 "
                        + "AND payload LIKE '%' || $2 || '%' ORDER BY id")
                .execute(Tuple.of("org.infoshare.release-destroyed.v1", releaseId)).await().atMost(WAIT)) {
            found.add(codec.data(codec.deserialize(row.getString(0).getBytes(StandardCharsets.UTF_8)),
                    ReleaseDestroyed.class));
        }
        return found;
    }
}
