package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P6.8: a fetch that read its release just before a withdrawal committed must not hand the release
 * out. The withdrawal is played by a transaction that holds the release's row lock until the fetch
 * waits on it, then marks the release withdrawn and commits.
 */
@QuarkusTest
class ReleaseFetchRaceTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Pool pool;

    @Test
    @DisplayName("P6.8 a fetch overtaken by a withdrawal answers 410, counts no fetch and records no access")
    void fetchOvertakenByWithdrawalIsGone() throws Exception {
        UUID releaseId = UUID.fromString(Releases.liveRelease("partner-c"));
        Releases.fetch("partner-c", releaseId.toString()).then().statusCode(200);
        assertThat(fetchCount(releaseId)).isEqualTo(1);
        assertThat(accessesRecorded(releaseId)).as("a fetch that succeeds is recorded").isEqualTo(1);
        SqlConnection conn = pool.getConnection().await().atMost(WAIT);
        try {
            Transaction withdrawal = conn.begin().await().atMost(WAIT);
            conn.preparedQuery("SELECT id FROM release WHERE id = $1 FOR UPDATE").execute(Tuple.of(releaseId))
                    .await().atMost(WAIT);

            CompletableFuture<Response> fetch = CompletableFuture.supplyAsync(
                    () -> Releases.fetch("partner-c", releaseId.toString()));
            // the fetch has read the release as live and now waits to count itself
            await().atMost(WAIT).until(() -> pool.query("""
                            SELECT count(*) FROM pg_stat_activity
                            WHERE wait_event_type = 'Lock' AND query ILIKE 'update release%fetch_count%'""")
                    .execute().await().atMost(WAIT).iterator().next().getLong(0) > 0);
            conn.preparedQuery("UPDATE release SET status = 'WITHDRAWN', withdrawn_at = now() WHERE id = $1")
                    .execute(Tuple.of(releaseId)).await().atMost(WAIT);
            withdrawal.commit().await().atMost(WAIT);

            assertProblem(fetch.get(WAIT.toSeconds(), TimeUnit.SECONDS), 410, "gone");
        } finally {
            conn.close().await().atMost(WAIT);
        }
        assertThat(fetchCount(releaseId)).as("no fetch counted").isEqualTo(1);
        assertThat(accessesRecorded(releaseId)).as("no access recorded for a fetch that handed nothing out")
                .isEqualTo(1);
        // a fetch that sees the withdrawal from the start is 410 as before
        assertProblem(Releases.fetch("partner-c", releaseId.toString()), 410, "gone");
    }

    private int fetchCount(UUID releaseId) {
        return pool.preparedQuery("SELECT fetch_count FROM release WHERE id = $1").execute(Tuple.of(releaseId))
                .await().atMost(WAIT).iterator().next().getInteger(0);
    }

    /** personal-data-accessed events in the outbox naming this release. */
    private long accessesRecorded(UUID releaseId) {
        return pool.preparedQuery("SELECT count(*) FROM outbox_event WHERE payload LIKE '%' || $1 || '%'")
                .execute(Tuple.of("release/" + releaseId)).await().atMost(WAIT).iterator().next().getLong(0);
    }
}
