package org.infoshare.sharing.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import org.infoshare.sharing.persistence.WebhookDeliveries.Claimed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One lease-based delivery table, through the reactive client (the dispatcher's timers run outside
 * any Hibernate session). A claim leases each row with a fresh token; every outcome is recorded
 * only under the token of the current claim and only while the row is still PENDING, so a late
 * answer to an expired lease changes nothing and DELIVERED is never undone. A row whose partner
 * has answered (the {@code settledColumn} is set) is never claimed or retried again. The kinds of
 * delivery differ only in their table, that column and what a claimed row carries.
 */
abstract class LeasedDeliveries implements WebhookQueue {

    /**
     * Each claim moves its rows' {@code next_attempt_at} (to the lease's end), so every round leaves
     * dead entries in the due index until a vacuum. A bitmap scan (what the planner picks on a
     * table without statistics) reads all of them every round, and a burst of a thousand
     * deliveries slowed each round to tens of milliseconds; a plain index scan marks them dead
     * as it passes, so the next round skips them whether or not autovacuum has run.
     */
    private static final String PLAIN_INDEX_SCAN = "SET LOCAL enable_bitmapscan = off";

    private final Pool pool;
    final SecretCipher cipher;
    private final String claim;
    private final String delivered;
    private final String failed;
    private final String pollOnly;

    LeasedDeliveries(Pool pool, SecretCipher cipher, String table, String settledColumn, String returning) {
        this.pool = pool;
        this.cipher = cipher;
        // Due, unsettled rows of partners with room ($4: partner → room left on this instance, $5 for
        // the others), scanned under SKIP LOCKED in due order; at most that room per partner and $6
        // in all are leased until $2 under a new token. The partner's webhook comes along.
        this.claim = """
                WITH due AS (
                    SELECT id, partner_id, next_attempt_at FROM %1$s
                    WHERE delivery_state = 'PENDING' AND %2$s IS NULL AND next_attempt_at <= $1
                      AND COALESCE(CAST(CAST($4 AS jsonb) ->> partner_id AS int), $5) > 0
                    ORDER BY next_attempt_at LIMIT $3
                    FOR UPDATE SKIP LOCKED
                ), ranked AS (
                    SELECT id, partner_id, next_attempt_at,
                           row_number() OVER (PARTITION BY partner_id ORDER BY next_attempt_at, id) AS place,
                           COALESCE(CAST(CAST($4 AS jsonb) ->> partner_id AS int), $5) AS room
                    FROM due
                ), chosen AS (
                    SELECT id, partner_id FROM ranked WHERE place <= room ORDER BY next_attempt_at, id LIMIT $6
                )
                UPDATE %1$s d SET next_attempt_at = $2, lease_token = gen_random_uuid()
                FROM chosen LEFT JOIN partner p ON p.id = chosen.partner_id
                WHERE d.id = chosen.id
                RETURNING d.id, d.lease_token, d.partner_id, d.attempts, %3$s,
                          p.webhook_url, p.webhook_secret_encrypted""".formatted(table, settledColumn, returning);
        this.delivered = """
                UPDATE %s SET delivery_state = 'DELIVERED', attempts = $3, delivered_at = $4,
                       last_error = NULL, next_attempt_at = NULL, lease_token = NULL
                WHERE id = $1 AND lease_token = $2 AND delivery_state = 'PENDING'""".formatted(table);
        // retried at $4, or FAILED for good when there is none; an answer in the meantime stops retries
        this.failed = """
                UPDATE %1$s SET delivery_state = CASE WHEN $4::timestamptz IS NULL THEN 'FAILED' ELSE 'PENDING' END,
                       attempts = $3, next_attempt_at = CASE WHEN %2$s IS NULL THEN $4::timestamptz END,
                       last_error = $5, lease_token = NULL
                WHERE id = $1 AND lease_token = $2 AND delivery_state = 'PENDING'""".formatted(table, settledColumn);
        this.pollOnly = """
                UPDATE %s SET delivery_state = 'POLL_ONLY', next_attempt_at = NULL, lease_token = NULL
                WHERE id = $1 AND lease_token = $2 AND delivery_state = 'PENDING'""".formatted(table);
    }

    /** The claimed delivery a row of the claim's RETURNING list stands for. */
    abstract Claimed toClaimed(Row row);

    @Override
    public Uni<List<Claimed>> claim(Instant now, Instant leaseUntil, int scan, int limit,
                                    Map<String, Integer> roomByPartner, int perPartner) {
        // the rooms go as a JSON object: a Java string would arrive as one JSON string scalar
        Tuple args = Tuple.tuple().addOffsetDateTime(WebhookDeliveries.utc(now))
                .addOffsetDateTime(WebhookDeliveries.utc(leaseUntil)).addInteger(scan)
                .addJsonObject(new JsonObject(new HashMap<>(roomByPartner))).addInteger(perPartner).addInteger(limit);
        return pool.withTransaction(conn -> conn.query(PLAIN_INDEX_SCAN).execute()
                .chain(() -> conn.preparedQuery(claim).execute(args))).map(rows -> {
            List<Claimed> claimed = new ArrayList<>(rows.size());
            for (Row row : rows) {
                claimed.add(toClaimed(row));
            }
            return claimed;
        });
    }

    @Override
    public Uni<Boolean> delivered(UUID id, UUID leaseToken, int attempts, Instant at) {
        return update(delivered, Tuple.of(id, leaseToken, attempts, WebhookDeliveries.utc(at)));
    }

    @Override
    public Uni<Boolean> attemptFailed(UUID id, UUID leaseToken, int attempts, Optional<Instant> retryAt, String error) {
        return update(failed, Tuple.tuple().addUUID(id).addUUID(leaseToken).addInteger(attempts)
                .addOffsetDateTime(retryAt.map(WebhookDeliveries::utc).orElse(null)).addString(error));
    }

    @Override
    public Uni<Boolean> fallBackToPolling(UUID id, UUID leaseToken) {
        return update(pollOnly, Tuple.of(id, leaseToken));
    }

    private Uni<Boolean> update(String sql, Tuple args) {
        return pool.preparedQuery(sql).execute(args).map(rows -> rows.rowCount() > 0);
    }
}
