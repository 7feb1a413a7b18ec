package org.infoshare.messaging.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The relay's view of the outbox table, through the reactive client (no Hibernate session needed). */
@ApplicationScoped
public class OutboxStore {

    /** Any constant will do: it names the lock that makes one relay per database publish at a time. */
    private static final long RELAY_LOCK = 0x1f0b0c5L;

    private final Pool pool;

    public OutboxStore(Pool pool) {
        this.pool = pool;
    }

    /**
     * Runs {@code work} in a transaction holding the relay lock, so that with several replicas only
     * one publishes and a key's events keep their order. Yields 0 without running it when another
     * replica holds the lock.
     */
    public Uni<Integer> withRelayLock(Function<SqlConnection, Uni<Integer>> work) {
        return pool.withTransaction(conn -> conn
                .preparedQuery("SELECT pg_try_advisory_xact_lock($1)")
                .execute(Tuple.of(RELAY_LOCK))
                .chain(rows -> rows.iterator().next().getBoolean(0) ? work.apply(conn) : Uni.createFrom().item(0)));
    }

    public Uni<List<PendingEvent>> fetchPending(SqlConnection conn, int limit) {
        return conn.preparedQuery("""
                        SELECT id, event_id, topic, message_key, event_type, payload, created_at
                        FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT $1""")
                .execute(Tuple.of(limit))
                .map(rows -> {
                    List<PendingEvent> pending = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        pending.add(new PendingEvent(row.getLong("id"), row.getUUID("event_id"),
                                row.getString("topic"), row.getString("message_key"), row.getString("event_type"),
                                row.getString("payload"), row.getOffsetDateTime("created_at")));
                    }
                    return pending;
                });
    }

    /** Same as {@link #fetchPending(SqlConnection, int)} outside any relay transaction. */
    public Uni<List<PendingEvent>> fetchPending(int limit) {
        return pool.withConnection(conn -> fetchPending(conn, limit));
    }

    public Uni<Void> markPublished(SqlConnection conn, List<PendingEvent> published) {
        Long[] ids = published.stream().map(PendingEvent::id).toArray(Long[]::new);
        return conn.preparedQuery("UPDATE outbox_event SET published_at = now() WHERE id = ANY($1)")
                .execute(Tuple.of(ids))
                .replaceWithVoid();
    }

    public Uni<Long> countPending() {
        return pool.query("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")
                .execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }
}
