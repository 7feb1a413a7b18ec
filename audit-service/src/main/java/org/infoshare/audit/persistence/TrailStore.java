package org.infoshare.audit.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.audit.domain.Capture;
import org.infoshare.audit.domain.Checkpoint;
import org.infoshare.audit.domain.EntryKind;
import org.infoshare.audit.domain.RecordedEntry;
import org.infoshare.audit.domain.TrailEntry;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The trail's tables through the reactive client: set-based appends (one statement for a whole
 * batch), keyset-paged reads of entries, leaf hashes and checkpoints (nothing here reads a
 * whole table: the trail grows by millions of entries and checkpoints a year), retention steps. The runtime role
 * may only SELECT and INSERT here; entries leave only through {@code trail_remove_expired}.
 */
@ApplicationScoped
public class TrailStore {

    /** Names the lock that makes appends (and retention steps) one writer at a time, across replicas. */
    public static final long APPEND_LOCK = 0x7a11_0001L;

    private static final String COLUMNS = "seq, kind, event_id, event_type, source, subject, actor, occurred_at, "
            + "topic, kafka_partition, kafka_offset, reason, payload_sha256, recorded_at, leaf_hash";
    private static final String CHECKPOINT_COLUMNS = "tree_size, root_hash, frontier, signed_at, key_id, signature";

    private final Pool pool;

    public TrailStore(Pool pool) {
        this.pool = pool;
    }

    public Pool pool() {
        return pool;
    }

    /** Serialises appends until the transaction ends: leaf indexes are handed out without holes. */
    public Uni<Void> lockAppends(SqlConnection conn) {
        return conn.preparedQuery("SELECT pg_advisory_xact_lock($1)").execute(Tuple.of(APPEND_LOCK)).replaceWithVoid();
    }

    /**
     * Records the event ids as processed by {@code consumer}, in the caller's transaction.
     *
     * @return the ids that were new (the others had been captured before)
     */
    public Uni<Set<UUID>> claim(SqlConnection conn, String consumer, List<Capture> captures) {
        if (captures.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        UUID[] ids = captures.stream().map(Capture::eventId).toArray(UUID[]::new);
        String[] types = captures.stream().map(Capture::type).toArray(String[]::new);
        return conn.preparedQuery("""
                        INSERT INTO processed_event (consumer, event_id, event_type)
                        SELECT $1, e, t FROM unnest($2::uuid[], $3::text[]) AS u(e, t)
                        ON CONFLICT DO NOTHING RETURNING event_id""")
                .execute(Tuple.of(consumer, ids, types))
                .map(rows -> {
                    Set<UUID> fresh = new HashSet<>();
                    rows.forEach(row -> fresh.add(row.getUUID(0)));
                    return fresh;
                });
    }

    /**
     * The next leaf index: after the last entry, and never below a signed checkpoint's size or the
     * retention horizon, so a position that a signature covers is never handed out twice.
     */
    public Uni<Long> nextSeq(SqlConnection conn) {
        return conn.query("""
                        SELECT greatest((SELECT coalesce(max(seq) + 1, 0) FROM trail_entry),
                                        (SELECT coalesce(max(tree_size), 0) FROM trail_checkpoint),
                                        (SELECT coalesce(max(removed_before), 0) FROM trail_retention))""")
                .execute().map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<Void> insert(SqlConnection conn, List<TrailEntry> entries, List<byte[]> leafHashes) {
        int n = entries.size();
        Long[] seq = new Long[n];
        String[] kind = new String[n];
        UUID[] eventId = new UUID[n];
        String[] type = new String[n];
        String[] source = new String[n];
        String[] subject = new String[n];
        String[] actor = new String[n];
        OffsetDateTime[] occurredAt = new OffsetDateTime[n];
        String[] topic = new String[n];
        Integer[] partition = new Integer[n];
        Long[] offset = new Long[n];
        String[] reason = new String[n];
        String[] payload = new String[n];
        OffsetDateTime[] recordedAt = new OffsetDateTime[n];
        Buffer[] leaf = new Buffer[n];
        for (int i = 0; i < n; i++) {
            TrailEntry e = entries.get(i);
            seq[i] = e.seq();
            kind[i] = e.kind().code();
            eventId[i] = e.eventId();
            type[i] = e.type();
            source[i] = e.source();
            subject[i] = e.subject();
            actor[i] = e.actor();
            occurredAt[i] = e.occurredAt().atOffset(ZoneOffset.UTC);
            topic[i] = e.topic();
            partition[i] = e.partition();
            offset[i] = e.offset();
            reason[i] = e.reason();
            payload[i] = e.payloadSha256();
            recordedAt[i] = e.recordedAt().atOffset(ZoneOffset.UTC);
            leaf[i] = Buffer.buffer(leafHashes.get(i));
        }
        return conn.preparedQuery("INSERT INTO trail_entry (" + COLUMNS + ") SELECT * FROM unnest("
                        + "$1::bigint[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], "
                        + "$8::timestamptz[], $9::text[], $10::int[], $11::bigint[], $12::text[], $13::text[], "
                        + "$14::timestamptz[], $15::bytea[])")
                .execute(Tuple.from(new Object[] {seq, kind, eventId, type, source, subject, actor, occurredAt, topic,
                        partition, offset, reason, payload, recordedAt, leaf}))
                .replaceWithVoid();
    }

    /** Entries with fromSeq <= seq < toSeq, in order, at most {@code limit}. */
    public Uni<List<RecordedEntry>> read(SqlClient client, long fromSeq, long toSeq, int limit) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM trail_entry WHERE seq >= $1 AND seq < $2 "
                        + "ORDER BY seq LIMIT $3")
                .execute(Tuple.of(fromSeq, toSeq, limit))
                .map(TrailStore::entries);
    }

    public Uni<List<RecordedEntry>> read(long fromSeq, long toSeq, int limit) {
        return read(pool, fromSeq, toSeq, limit);
    }

    public Uni<Optional<RecordedEntry>> entry(long seq) {
        return read(seq, seq + 1, 1).map(found -> found.stream().findFirst());
    }

    /** Recorded leaf hashes of [fromSeq, toSeq) in order, at most {@code limit}, with their indexes (a hole shows as a missing index). */
    public Uni<List<IndexedHash>> leafHashes(long fromSeq, long toSeq, int limit) {
        return pool.preparedQuery("SELECT seq, leaf_hash FROM trail_entry WHERE seq >= $1 AND seq < $2 "
                        + "ORDER BY seq LIMIT $3")
                .execute(Tuple.of(fromSeq, toSeq, limit))
                .map(rows -> {
                    List<IndexedHash> hashes = new ArrayList<>(rows.size());
                    rows.forEach(row -> hashes.add(new IndexedHash(row.getLong(0), row.getBuffer(1).getBytes())));
                    return hashes;
                });
    }

    public Uni<Long> nextFreeSeq() {
        return pool.withConnection(this::nextSeq);
    }

    /** The lowest index of an entry recorded at or after {@code cutoff}, if any. */
    public Uni<Optional<Long>> firstRecordedSince(SqlClient client, Instant cutoff) {
        return client.preparedQuery("SELECT min(seq) FROM trail_entry WHERE recorded_at >= $1")
                .execute(Tuple.of(cutoff.atOffset(ZoneOffset.UTC)))
                .map(rows -> Optional.ofNullable(rows.iterator().next().getLong(0)));
    }

    // --- checkpoints ---------------------------------------------------------------------------

    /**
     * Checkpoints with {@code after < tree_size <= upTo}, by tree size, at most {@code limit}: a
     * keyset page, so no caller ever holds all of them (one is signed every 10 s).
     */
    public Uni<List<Checkpoint>> checkpoints(SqlClient client, long after, long upTo, int limit) {
        return client.preparedQuery("SELECT " + CHECKPOINT_COLUMNS + " FROM trail_checkpoint "
                        + "WHERE tree_size > $1 AND tree_size <= $2 ORDER BY tree_size LIMIT $3")
                .execute(Tuple.of(after, upTo, limit)).map(TrailStore::checkpoints);
    }

    /** One page of the checkpoints by tree size, for listing. */
    public Uni<List<Checkpoint>> checkpointPage(int page, int size) {
        return pool.preparedQuery("SELECT " + CHECKPOINT_COLUMNS + " FROM trail_checkpoint "
                        + "ORDER BY tree_size LIMIT $1 OFFSET $2")
                .execute(Tuple.of(size, (long) page * size)).map(TrailStore::checkpoints);
    }

    public Uni<Long> checkpointCount() {
        return pool.query("SELECT count(*) FROM trail_checkpoint").execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** The largest checkpoint with {@code atLeast <= tree_size <= atMost}. */
    public Uni<Optional<Checkpoint>> checkpointAtMost(SqlClient client, long atLeast, long atMost) {
        return client.preparedQuery("SELECT " + CHECKPOINT_COLUMNS + " FROM trail_checkpoint "
                        + "WHERE tree_size >= $1 AND tree_size <= $2 ORDER BY tree_size DESC LIMIT 1")
                .execute(Tuple.of(atLeast, atMost)).map(rows -> checkpoints(rows).stream().findFirst());
    }

    public Uni<Optional<Checkpoint>> lastCheckpoint() {
        return pool.query("SELECT " + CHECKPOINT_COLUMNS + " FROM trail_checkpoint ORDER BY tree_size DESC LIMIT 1")
                .execute().map(rows -> checkpoints(rows).stream().findFirst());
    }

    public Uni<Optional<Checkpoint>> checkpoint(long treeSize) {
        return checkpoint(pool, treeSize);
    }

    public Uni<Optional<Checkpoint>> checkpoint(SqlClient client, long treeSize) {
        return client.preparedQuery("SELECT " + CHECKPOINT_COLUMNS + " FROM trail_checkpoint WHERE tree_size = $1")
                .execute(Tuple.of(treeSize)).map(rows -> checkpoints(rows).stream().findFirst());
    }

    /**
     * When the oldest entry that no checkpoint covers yet was recorded (empty when every entry is
     * signed): the age of the unsigned tail of the trail.
     */
    public Uni<Optional<Instant>> oldestUnsigned() {
        return pool.query("SELECT min(recorded_at) FROM trail_entry "
                        + "WHERE seq >= (SELECT coalesce(max(tree_size), 0) FROM trail_checkpoint)")
                .execute().map(rows -> {
                    var at = rows.iterator().next().getOffsetDateTime(0);
                    return Optional.ofNullable(at).map(OffsetDateTime::toInstant);
                });
    }

    // --- retention -----------------------------------------------------------------------------

    /** Entries below the horizon were removed by retention steps (0 when none). */
    public Uni<Long> horizon(SqlClient client) {
        return client.query("SELECT coalesce(max(removed_before), 0) FROM trail_retention")
                .execute().map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<Long> horizon() {
        return horizon(pool);
    }

    public Uni<Void> recordRetention(SqlConnection conn, long removedFrom, long removedBefore, Instant cutoff,
                                     long entrySeq) {
        return conn.preparedQuery("INSERT INTO trail_retention (removed_before, removed_from, cutoff, entry_seq) "
                        + "VALUES ($1, $2, $3, $4)")
                .execute(Tuple.of(removedBefore, removedFrom, cutoff.atOffset(ZoneOffset.UTC), entrySeq))
                .replaceWithVoid();
    }

    /** The owner's function: the only path by which entries leave the trail. */
    public Uni<Long> removeExpired(SqlConnection conn, long newHorizon) {
        return conn.preparedQuery("SELECT trail_remove_expired($1)").execute(Tuple.of(newHorizon))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    private static List<RecordedEntry> entries(RowSet<Row> rows) {
        List<RecordedEntry> entries = new ArrayList<>(rows.size());
        for (Row row : rows) {
            TrailEntry entry = new TrailEntry(row.getLong(0), EntryKind.fromCode(row.getString(1)), row.getUUID(2),
                    row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                    row.getOffsetDateTime(7).toInstant(), row.getString(8), row.getInteger(9), row.getLong(10),
                    row.getString(11), row.getString(12), row.getOffsetDateTime(13).toInstant());
            entries.add(new RecordedEntry(entry, row.getBuffer(14).getBytes()));
        }
        return entries;
    }

    private static List<Checkpoint> checkpoints(RowSet<Row> rows) {
        List<Checkpoint> checkpoints = new ArrayList<>(rows.size());
        for (Row row : rows) {
            checkpoints.add(new Checkpoint(row.getLong(0), row.getBuffer(1).getBytes(), row.getBuffer(2).getBytes(),
                    row.getOffsetDateTime(3).toInstant(), row.getString(4), row.getBuffer(5).getBytes()));
        }
        return checkpoints;
    }

    /** A recorded leaf hash and its index. */
    public record IndexedHash(long seq, byte[] hash) {
    }
}
