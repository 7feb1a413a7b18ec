package org.infoshare.messaging.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.messaging.tracing.TraceContext;

import java.util.ArrayList;
import java.util.List;

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
     * Tries to become the relay leader: a session-level advisory lock on a connection of its own,
     * held for as long as that connection lives, so with several replicas one relays at a time and
     * a crashed leader's lock goes with its connection. No transaction is held while publishing.
     * Yields the connection holding the lock, or null when another replica leads.
     */
    public Uni<PgConnection> tryLead(io.vertx.core.Vertx vertx, PgConnectOptions options) {
        return PgConnection.connect(io.vertx.mutiny.core.Vertx.newInstance(vertx), options).chain(conn -> conn
                .preparedQuery("SELECT pg_try_advisory_lock($1)").execute(Tuple.of(RELAY_LOCK))
                .chain(rows -> {
                    if (rows.iterator().next().getBoolean(0)) {
                        return Uni.createFrom().item(conn);
                    }
                    return conn.close().replaceWith((PgConnection) null);
                })
                .onFailure().call(conn::close));
    }

    public Uni<List<PendingEvent>> fetchPending(SqlConnection conn, int limit) {
        return conn.preparedQuery("""
                        SELECT id, event_id, topic, message_key, event_type, payload, created_at, traceparent, tracestate
                        FROM outbox_event WHERE published_at IS NULL AND parked_at IS NULL ORDER BY id LIMIT $1""")
                .execute(Tuple.of(limit))
                .map(rows -> {
                    List<PendingEvent> pending = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        pending.add(new PendingEvent(row.getLong("id"), row.getUUID("event_id"),
                                row.getString("topic"), row.getString("message_key"), row.getString("event_type"),
                                row.getString("payload"), row.getOffsetDateTime("created_at"),
                                TraceContext.stored(row.getString("traceparent"), row.getString("tracestate"))));
                    }
                    return pending;
                });
    }

    /** The oldest unpublished, unparked rows in id order, read outside any transaction. */
    public Uni<List<PendingEvent>> fetchPending(int limit) {
        return pool.withConnection(conn -> fetchPending(conn, limit));
    }

    public Uni<Void> markPublished(List<PendingEvent> published) {
        if (published.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Long[] ids = published.stream().map(PendingEvent::id).toArray(Long[]::new);
        return pool.preparedQuery("UPDATE outbox_event SET published_at = now() WHERE id = ANY($1)")
                .execute(Tuple.of(ids))
                .replaceWithVoid();
    }

    /** Sets a refused row aside with the broker's reason (an exception type: no payload text). */
    public Uni<Void> park(List<PublishOutcome.Refused> refused) {
        if (refused.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery("UPDATE outbox_event SET parked_at = now(), park_reason = $2 WHERE id = $1")
                .executeBatch(refused.stream().map(r -> Tuple.of(r.event().id(), r.reason())).toList())
                .replaceWithVoid();
    }

    public Uni<Long> countParked() {
        return pool.query("SELECT count(*) FROM outbox_event WHERE parked_at IS NOT NULL")
                .execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<Long> countPending() {
        return pool.query("SELECT count(*) FROM outbox_event WHERE published_at IS NULL AND parked_at IS NULL")
                .execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }
}
