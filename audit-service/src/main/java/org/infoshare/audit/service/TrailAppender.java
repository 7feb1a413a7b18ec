package org.infoshare.audit.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.audit.config.AuditConfig;
import org.infoshare.audit.domain.Capture;
import org.infoshare.audit.domain.TrailEntry;
import org.infoshare.audit.persistence.TrailStore;
import org.infoshare.messaging.inbox.ConsumerRetry;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The single writer of the trail. Captures from every partition queue here and are written by
 * one transaction at a time (group commit: up to {@code batchSize} per transaction), which holds
 * the append lock, records the event ids as processed (idempotency, set-based), hands out leaf
 * indexes after the last one and inserts the entries with their leaf hashes in one statement. A
 * rolled-back transaction hands out nothing, so the tree has no holes. Each capture's Uni
 * completes once its entry is committed (or was already in the trail); the consumer acknowledges
 * the Kafka record only then.
 */
@ApplicationScoped
public class TrailAppender {

    static final String CONSUMER = "audit-trail";
    private static final Logger LOG = Logger.getLogger(TrailAppender.class);

    private final TrailStore store;
    private final Clock clock;
    private final int batchSize;
    private final int maxPending;
    private final Counter appended;
    private final ConsumerRetry retry;

    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private boolean writing;
    private CompletableFuture<Void> room = CompletableFuture.completedFuture(null);

    public TrailAppender(TrailStore store, Clock clock, AuditConfig config, MeterRegistry registry,
                         ConsumerRetry retry) {
        this.store = store;
        this.retry = retry;
        this.clock = clock;
        this.batchSize = config.append().batchSize();
        this.maxPending = config.append().maxPending();
        this.appended = Counter.builder("audit.trail.appended").description("Entries appended to the audit trail")
                .register(registry);
    }

    /** Queues a capture; the Uni completes when its entry is committed, or fails when it never can be. */
    public Uni<Void> submit(Capture capture) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        synchronized (this) {
            queue.add(new Pending(capture, done));
            if (queue.size() >= maxPending && room.isDone()) {
                room = new CompletableFuture<>();
            }
        }
        writeIfIdle();
        return Uni.createFrom().completionStage(done);
    }

    /** Completes at once, or when the queue has room again: holds the consumers back under load. */
    public synchronized Uni<Void> room() {
        return Uni.createFrom().completionStage(room);
    }

    /** Appends in the caller's transaction (used by retention); no idempotency claim. */
    public Uni<List<TrailEntry>> appendIn(SqlConnection conn, List<Capture> captures) {
        return store.lockAppends(conn).chain(() -> place(conn, captures));
    }

    private void writeIfIdle() {
        List<Pending> batch = new ArrayList<>();
        synchronized (this) {
            if (writing || queue.isEmpty()) {
                return;
            }
            writing = true;
            while (!queue.isEmpty() && batch.size() < batchSize) {
                batch.add(queue.poll());
            }
        }
        List<Capture> captures = batch.stream().map(Pending::capture).toList();
        // A database outage holds the whole queue (and so the consumers) until it passes: the
        // trail keeps its order and no record is dead-lettered for a failure that was not its own.
        retry.run(CONSUMER, () -> store.pool().withTransaction(conn -> append(conn, captures)))
                .subscribe().with(entries -> finished(batch, null), error -> finished(batch, error));
    }

    private void finished(List<Pending> batch, Throwable error) {
        if (error != null) {
            LOG.errorf("Appending %d entries to the trail failed: %s", batch.size(), error.getMessage());
        }
        batch.forEach(pending -> {
            if (error == null) {
                pending.done().complete(null);
            } else {
                pending.done().completeExceptionally(error);
            }
        });
        CompletableFuture<Void> released = null;
        synchronized (this) {
            writing = false;
            if (!room.isDone() && queue.size() < maxPending / 2) {
                released = room;
            }
        }
        if (released != null) {
            released.complete(null);
        }
        writeIfIdle();
    }

    private Uni<List<TrailEntry>> append(SqlConnection conn, List<Capture> captures) {
        List<Capture> unique = new ArrayList<>(captures.size());
        Set<Object> seen = new HashSet<>();
        captures.stream().filter(capture -> seen.add(capture.eventId())).forEach(unique::add);
        return store.lockAppends(conn)
                .chain(() -> store.claim(conn, CONSUMER, unique))
                .chain(fresh -> place(conn, unique.stream().filter(c -> fresh.contains(c.eventId())).toList()));
    }

    private Uni<List<TrailEntry>> place(SqlConnection conn, List<Capture> captures) {
        if (captures.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return store.nextSeq(conn).chain(next -> {
            var recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            List<TrailEntry> entries = new ArrayList<>(captures.size());
            List<byte[]> leaves = new ArrayList<>(captures.size());
            for (int i = 0; i < captures.size(); i++) {
                TrailEntry entry = captures.get(i).at(next + i, recordedAt);
                entries.add(entry);
                leaves.add(entry.leafHash());
            }
            return store.insert(conn, entries, leaves).invoke(() -> appended.increment(entries.size()))
                    .replaceWith(entries);
        });
    }

    private record Pending(Capture capture, CompletableFuture<Void> done) {
    }
}
