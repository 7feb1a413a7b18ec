package org.infoshare.audit.api;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.infoshare.audit.domain.Checkpoint;
import org.infoshare.audit.service.CheckpointService;
import org.infoshare.messaging.jobs.JobLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two audit-service instances fire the checkpoint job together: one signs, the other skips; never
 * two checkpoints extending the same one (nor two of one tree size), never an error for the loser.
 */
@QuarkusTest
class CheckpointOnceTest {

    @Inject
    CheckpointService checkpoints;
    @Inject
    Scheduler scheduler;

    private final TrailFixture fixture = new TrailFixture();

    /** This instance's own schedule would be a third contender: the tests play both instances. */
    @BeforeEach
    void pauseSchedule() throws InterruptedException {
        scheduler.pause();
        Thread.sleep(500); // a run already under way finishes
    }

    @AfterEach
    void close() {
        scheduler.resume();
        fixture.close();
    }

    @Test
    @DisplayName("two checkpoint runs at once: at most one signs, neither fails, and the checkpoints form one chain")
    void concurrentRunsSignOnce() throws Exception {
        String subject = UUID.randomUUID().toString();
        for (int round = 1; round <= 3; round++) {
            fixture.accessed(subject, "staff-" + round);
            long seq = TrailFixture.awaitSeqs(subject, round).get(round - 1);
            long before = checkpointCount();

            CountDownLatch together = new CountDownLatch(2);
            CompletableFuture<Optional<Checkpoint>> first = CompletableFuture.supplyAsync(() -> run(together));
            CompletableFuture<Optional<Checkpoint>> second = CompletableFuture.supplyAsync(() -> run(together));
            List<Optional<Checkpoint>> results = List.of(first.get(60, TimeUnit.SECONDS),
                    second.get(60, TimeUnit.SECONDS));

            assertThat(results).as("round %d", round).filteredOn(Optional::isPresent).hasSize(1);
            assertThat(checkpointCount() - before).as("checkpoints written in round %d", round).isEqualTo(1);
            assertThat(latestTreeSize()).isGreaterThan(seq);
        }
    }

    @Test
    @DisplayName("while another instance holds the checkpoint job's lock, this one signs nothing; after, it signs")
    void heldLockSkipsTheRun() throws Throwable {
        String subject = UUID.randomUUID().toString();
        fixture.accessed(subject, "staff-1");
        long seq = TrailFixture.awaitSeqs(subject, 1).get(0);
        try (Connection other = TrailFixture.runtime()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
                lock.setLong(1, JobLock.id("audit-checkpoint"));
                try (ResultSet rows = lock.executeQuery()) {
                    rows.next();
                    assertThat(rows.getBoolean(1)).isTrue();
                }
            }
            assertThat(VertxContextSupport.<Optional<Checkpoint>>subscribeAndAwait(() -> checkpoints.checkpointNow()))
                    .isEmpty();
            assertThat(latestTreeSize()).isLessThanOrEqualTo(seq);
            other.rollback();
        }
        assertThat(VertxContextSupport.<Optional<Checkpoint>>subscribeAndAwait(() -> checkpoints.checkpointNow()))
                .isPresent();
        assertThat(latestTreeSize()).isGreaterThan(seq);
    }

    private Optional<Checkpoint> run(CountDownLatch together) {
        together.countDown();
        try {
            together.await(10, TimeUnit.SECONDS);
            return VertxContextSupport.subscribeAndAwait(() -> checkpoints.checkpointNow());
        } catch (Throwable e) {
            throw new IllegalStateException("a checkpoint run failed", e);
        }
    }

    private static long checkpointCount() throws SQLException {
        return single("SELECT count(*) FROM trail_checkpoint");
    }

    private static long latestTreeSize() throws SQLException {
        return single("SELECT coalesce(max(tree_size), 0) FROM trail_checkpoint");
    }

    private static long single(String sql) throws SQLException {
        try (Connection conn = TrailFixture.runtime(); PreparedStatement statement = conn.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
