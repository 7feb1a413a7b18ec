package org.infoshare.messaging.purge;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.messaging.MessagingConfig;
import org.infoshare.messaging.jobs.JobLock;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Keeps {@code outbox_event} and {@code processed_event} from growing for ever: removes outbox
 * rows published long enough ago and processed-event ids older than any redelivery can be.
 * Never an unpublished or a parked row (the first is still to be sent, the second waits for an
 * operator). Set-based, in batches of one short transaction each, so neither table is locked for
 * long; each batch holds the job's lock ({@link JobLock}), so with several replicas one purges.
 */
@ApplicationScoped
public class MessagingPurge {

    static final String JOB = "messaging-purge";
    private static final Logger LOG = Logger.getLogger(MessagingPurge.class);

    private static final String OUTBOX = """
            DELETE FROM outbox_event WHERE id IN (
                SELECT id FROM outbox_event
                WHERE published_at < $1 AND parked_at IS NULL
                LIMIT $2)""";
    private static final String PROCESSED = """
            DELETE FROM processed_event WHERE (consumer, event_id) IN (
                SELECT consumer, event_id FROM processed_event
                WHERE processed_at < $1
                LIMIT $2)""";
    /** What a batch yields when another instance holds the lock: stop, that one carries on. */
    private static final int LOCKED_ELSEWHERE = -1;

    private final Pool pool;
    private final JobLock lock;
    private final Clock clock;
    private final MessagingConfig.Purge config;

    public MessagingPurge(Pool pool, JobLock lock, Clock clock, MessagingConfig config) {
        this.pool = pool;
        this.lock = lock;
        this.clock = clock;
        this.config = config.purge();
    }

    /** How many rows one purge removed. */
    public record Purged(long outboxEvents, long processedEvents) {
    }

    @Scheduled(identity = JOB, every = "${infoshare.messaging.purge.every:1h}",
            delayed = "${infoshare.messaging.purge.delay:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        if (!config.enabled()) {
            return Uni.createFrom().voidItem();
        }
        return purge(clock.instant())
                .invoke(purged -> {
                    if (purged.outboxEvents() + purged.processedEvents() > 0) {
                        LOG.infof("Messaging purge removed %d published outbox rows and %d processed-event ids",
                                purged.outboxEvents(), purged.processedEvents());
                    }
                })
                .replaceWithVoid()
                .onFailure().recoverWithItem(error -> {
                    LOG.warnf("Messaging purge failed, will try again next run: %s", error.getMessage());
                    return null;
                });
    }

    /** Removes what is past its retention at {@code now}; the rest stays. */
    public Uni<Purged> purge(Instant now) {
        return drain(OUTBOX, now.minus(config.outboxAfter()))
                .chain(outbox -> drain(PROCESSED, now.minus(config.processedAfter()))
                        .map(processed -> new Purged(outbox, processed)));
    }

    /** Deletes batch after batch until one comes back short (or another instance holds the lock). */
    private Uni<Long> drain(String delete, Instant cutoff) {
        int size = config.batchSize();
        return Multi.createBy().repeating().uni(() -> batch(delete, cutoff, size))
                .whilst(deleted -> deleted == size)
                .filter(deleted -> deleted > 0)
                .collect().with(java.util.stream.Collectors.summingLong(Integer::longValue));
    }

    private Uni<Integer> batch(String delete, Instant cutoff, int size) {
        return pool.withTransaction(conn -> lock.tryLock(conn, JOB).chain(locked -> locked
                ? conn.preparedQuery(delete).execute(Tuple.of(cutoff.atOffset(ZoneOffset.UTC), size))
                        .map(rows -> rows.rowCount())
                : Uni.createFrom().item(LOCKED_ELSEWHERE)));
    }
}
