package org.infoshare.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.infoshare.messaging.jobs.JobLock;
import org.infoshare.messaging.purge.MessagingPurge;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduled work across instances: a job under {@link JobLock} runs once however many replicas
 * fire it together, and the purge removes only what is past its retention.
 */
@QuarkusTest
class SchedulingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    JobLock jobLock;
    @Inject
    MessagingPurge purge;
    @Inject
    Pool pool;

    @Test
    @DisplayName("two instances firing a guarded job at once: the work is done once, the other run skips")
    void guardedJobRunsOnceWhenFiredTwiceAtOnce() throws Exception {
        String job = "test-job-" + UUID.randomUUID();
        String marker = "job-" + UUID.randomUUID();
        CountDownLatch bothFired = new CountDownLatch(2);
        // Each run writes its row, then lingers, so the two transactions certainly overlap.
        Supplier<Uni<Optional<Integer>>> run = () -> jobLock.inTransaction(job, () -> Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "INSERT INTO ledger_entry (subject_id) SELECT ?1 FROM pg_sleep(1)")
                        .setParameter(1, marker).executeUpdate()));
        CompletableFuture<Optional<Integer>> first = CompletableFuture.supplyAsync(() -> fire(bothFired, run));
        CompletableFuture<Optional<Integer>> second = CompletableFuture.supplyAsync(() -> fire(bothFired, run));

        List<Optional<Integer>> results = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));

        assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
        assertThat(results).filteredOn(Optional::isEmpty).hasSize(1);
        assertThat(count("SELECT count(*) FROM ledger_entry WHERE subject_id = $1", marker)).isEqualTo(1);

        // The lock went with the transaction: the next run does the work again.
        assertThat(onVertx(run)).isPresent();
        assertThat(count("SELECT count(*) FROM ledger_entry WHERE subject_id = $1", marker)).isEqualTo(2);
    }

    @Test
    @DisplayName("a job's lock is held by one transaction at a time and released at its end (reactive client)")
    void tryLockIsExclusivePerTransaction() {
        String job = "test-job-" + UUID.randomUUID();
        Boolean[] seen = new Boolean[2];
        pool.withTransaction(holder -> jobLock.tryLock(holder, job)
                        .invoke(locked -> seen[0] = locked)
                        .chain(() -> pool.withTransaction(other -> jobLock.tryLock(other, job)))
                        .invoke(locked -> seen[1] = locked))
                .await().atMost(PATIENCE);
        assertThat(seen).containsExactly(true, false);
        assertThat(pool.withTransaction(conn -> jobLock.tryLock(conn, job)).await().atMost(PATIENCE)).isTrue();
        assertThat(JobLock.id(job)).isEqualTo(JobLock.id(job)).isNotEqualTo(JobLock.id(job + "x"));
    }

    @Test
    @DisplayName("the purge removes old published outbox rows and old processed ids; recent, unpublished and parked rows stay")
    void purgeRemovesOnlyWhatIsPastRetention() {
        String key = "purge-" + UUID.randomUUID();
        try {
            List<Long> oldPublished = List.of(outbox(key, "published_at = now() - interval '8 days'"),
                    outbox(key, "published_at = now() - interval '9 days'"),
                    outbox(key, "published_at = now() - interval '10 days'"),
                    outbox(key, "published_at = now() - interval '30 days'"),
                    outbox(key, "published_at = now() - interval '400 days'"));
            long recentPublished = outbox(key, "published_at = now() - interval '6 days'");
            long oldUnpublished = outbox(key, "created_at = now() - interval '60 days'");
            long oldParked = outbox(key, "parked_at = now() - interval '60 days', park_reason = 'RecordTooLargeException'");
            UUID oldProcessed = processed(31);
            UUID veryOldProcessed = processed(400);
            UUID recentProcessed = processed(29);

            MessagingPurge.Purged purged = onVertx(() -> purge.purge(Instant.now()));

            // batch size 2 in tests: five old rows take three batches
            assertThat(purged.outboxEvents()).isGreaterThanOrEqualTo(5);
            assertThat(purged.processedEvents()).isGreaterThanOrEqualTo(2);
            assertThat(outboxIds(key)).containsExactlyInAnyOrder(recentPublished, oldUnpublished, oldParked)
                    .doesNotContainAnyElementsOf(oldPublished);
            assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = $1", oldProcessed)).isZero();
            assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = $1", veryOldProcessed)).isZero();
            assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = $1", recentProcessed)).isEqualTo(1);
        } finally {
            // the unpublished row must not reach a relay started by a later test
            pool.preparedQuery("DELETE FROM outbox_event WHERE message_key = $1").execute(Tuple.of(key))
                    .await().atMost(PATIENCE);
        }
    }

    @Test
    @DisplayName("the purge skips a batch while another instance holds its lock")
    void purgeSkipsWhileAnotherInstancePurges() {
        String key = "purge-" + UUID.randomUUID();
        long old = outbox(key, "published_at = now() - interval '8 days'");
        try {
            // another instance, mid-purge: its transaction holds the job's lock
            SqlConnection other = pool.getConnection().await().atMost(PATIENCE);
            MessagingPurge.Purged whileHeld;
            try {
                Transaction tx = other.begin().await().atMost(PATIENCE);
                assertThat(jobLock.tryLock(other, "messaging-purge").await().atMost(PATIENCE)).isTrue();
                whileHeld = onVertx(() -> purge.purge(Instant.now()));
                tx.rollback().await().atMost(PATIENCE);
            } finally {
                other.close().await().atMost(PATIENCE);
            }
            assertThat(whileHeld).isEqualTo(new MessagingPurge.Purged(0, 0));
            assertThat(outboxIds(key)).containsExactly(old);

            assertThat(onVertx(() -> purge.purge(Instant.now())).outboxEvents()).isPositive();
            assertThat(outboxIds(key)).isEmpty();
        } finally {
            pool.preparedQuery("DELETE FROM outbox_event WHERE message_key = $1").execute(Tuple.of(key))
                    .await().atMost(PATIENCE);
        }
    }

    private static <T> T fire(CountDownLatch bothFired, Supplier<Uni<T>> run) {
        bothFired.countDown();
        try {
            bothFired.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return onVertx(run);
    }

    private long outbox(String key, String assignments) {
        return pool.preparedQuery("""
                        INSERT INTO outbox_event (event_id, topic, message_key, event_type, payload)
                        VALUES ($1, 'rm-test.purge', $2, 'test', '{}') RETURNING id""")
                .execute(Tuple.of(UUID.randomUUID(), key))
                .map(rows -> rows.iterator().next().getLong(0))
                .call(id -> pool.preparedQuery("UPDATE outbox_event SET " + assignments + " WHERE id = $1")
                        .execute(Tuple.of(id)))
                .await().atMost(PATIENCE);
    }

    private UUID processed(int daysAgo) {
        UUID id = UUID.randomUUID();
        pool.preparedQuery("INSERT INTO processed_event (consumer, event_id, event_type, processed_at) "
                        + "VALUES ('purge-test', $1, 'test', now() - make_interval(days => $2))")
                .execute(Tuple.of(id, daysAgo)).await().atMost(PATIENCE);
        return id;
    }

    private List<Long> outboxIds(String key) {
        return pool.preparedQuery("SELECT id FROM outbox_event WHERE message_key = $1").execute(Tuple.of(key))
                .map(rows -> {
                    List<Long> ids = new java.util.ArrayList<>();
                    rows.forEach(row -> ids.add(row.getLong(0)));
                    return ids;
                })
                .await().atMost(PATIENCE);
    }

    private long count(String sql, Object parameter) {
        return pool.preparedQuery(sql).execute(Tuple.of(parameter))
                .map(rows -> rows.iterator().next().getLong(0))
                .await().atMost(PATIENCE);
    }

    private static <T> T onVertx(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }
}
