package org.infoshare.sharing.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.vocabulary.NotificationCause;
import org.infoshare.messaging.tracing.TraceContext;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Webhook deliveries as the dispatcher sees them, through the reactive client (its timers run
 * outside any Hibernate session). A claim leases each row with a fresh token; every outcome is
 * recorded only under the token of the current claim and only while the row is still PENDING, so
 * a late answer to an expired lease changes nothing and DELIVERED is never undone.
 */
@ApplicationScoped
public class WebhookDeliveries implements WebhookQueue {

    /**
     * Due, unanswered rows of partners with room (?4: partner → room left on this instance, ?5 for
     * the others), scanned under SKIP LOCKED in due order; at most {@code room} per partner and
     * ?6 in all are leased until ?2 under a new token. The partner's webhook comes along.
     */
    private static final String CLAIM = """
            WITH due AS (
                SELECT id, partner_id, next_attempt_at FROM recipient_notification
                WHERE delivery_state = 'PENDING' AND answered_at IS NULL AND next_attempt_at <= $1
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
            UPDATE recipient_notification n SET next_attempt_at = $2, lease_token = gen_random_uuid()
            FROM chosen LEFT JOIN partner p ON p.id = chosen.partner_id
            WHERE n.id = chosen.id
            RETURNING n.id, n.lease_token, n.partner_id, n.attempts, n.release_id, n.subject_ref, n.cause,
                      n.withdrawn_at, n.notified_at, n.traceparent, n.tracestate, p.webhook_url,
                      p.webhook_secret_encrypted""";

    /**
     * Each claim moves its rows' {@code next_attempt_at} (to the lease's end), so every round leaves
     * dead entries in the due index until a vacuum. A bitmap scan (what the planner picks on a
     * table without statistics) reads all of them every round, and a burst of a thousand
     * deliveries slowed each round to tens of milliseconds; a plain index scan marks them dead
     * as it passes, so the next round skips them whether or not autovacuum has run.
     */
    private static final String PLAIN_INDEX_SCAN = "SET LOCAL enable_bitmapscan = off";

    private static final String DELIVERED = """
            UPDATE recipient_notification SET delivery_state = 'DELIVERED', attempts = $3, delivered_at = $4,
                   last_error = NULL, next_attempt_at = NULL, lease_token = NULL
            WHERE id = $1 AND lease_token = $2 AND delivery_state = 'PENDING'""";

    /** Retried at $4, or FAILED for good when there is none; an answer in the meantime stops retries. */
    private static final String FAILED = """
            UPDATE recipient_notification SET delivery_state = CASE WHEN $4::timestamptz IS NULL THEN 'FAILED' ELSE 'PENDING' END,
                   attempts = $3, next_attempt_at = CASE WHEN answered_at IS NULL THEN $4::timestamptz END,
                   last_error = $5, lease_token = NULL
            WHERE id = $1 AND lease_token = $2 AND delivery_state = 'PENDING'""";

    private static final String POLL_ONLY = """
            UPDATE recipient_notification SET delivery_state = 'POLL_ONLY', next_attempt_at = NULL, lease_token = NULL
            WHERE id = $1 AND lease_token = $2 AND delivery_state = 'PENDING'""";

    private final Pool pool;
    private final SecretCipher cipher;

    WebhookDeliveries(Pool pool, SecretCipher cipher) {
        this.pool = pool;
        this.cipher = cipher;
    }

    /** Where and with what secret to deliver; decrypted for one delivery. */
    public record Webhook(URI url, String secret) {
        @Override
        public String toString() {
            return "Webhook[" + url + "]";
        }
    }

    /**
     * One claimed delivery: the claim's lease token, the webhook if the partner has one, the trace
     * context of what made it, and what its body tells.
     */
    public record Claimed(UUID id, UUID leaseToken, String partnerId, int attempts, Optional<Webhook> webhook,
                          Optional<TraceContext> trace, Content content) {
    }

    /** What a delivery tells the partner: a withdrawal notice, or a safeguarding referral. */
    public sealed interface Content permits Notice, Referral {
    }

    /** A recipient notification (P6.8). */
    public record Notice(UUID releaseId, Optional<String> subjectRef, NotificationCause cause, Instant withdrawnAt,
                         Instant notifiedAt) implements Content {
    }

    /** A safeguarding referral (P3.1): no person and no account in the body, only what to fetch. */
    public record Referral(String category, String route, Instant referredAt) implements Content {
    }

    /**
     * Leases up to {@code limit} due deliveries until {@code leaseUntil}, scanning at most
     * {@code scan}; a partner in {@code roomByPartner} gets at most its room, any other {@code perPartner}.
     */
    @Override
    public Uni<List<Claimed>> claim(Instant now, Instant leaseUntil, int scan, int limit,
                                    Map<String, Integer> roomByPartner, int perPartner) {
        // the rooms go as a JSON object: a Java string would arrive as one JSON string scalar
        Tuple args = Tuple.tuple().addOffsetDateTime(utc(now)).addOffsetDateTime(utc(leaseUntil)).addInteger(scan)
                .addJsonObject(new JsonObject(new HashMap<>(roomByPartner))).addInteger(perPartner).addInteger(limit);
        return pool.withTransaction(conn -> conn.query(PLAIN_INDEX_SCAN).execute()
                .chain(() -> conn.preparedQuery(CLAIM).execute(args))).map(rows -> {
            List<Claimed> claimed = new ArrayList<>(rows.size());
            for (Row row : rows) {
                claimed.add(toClaimed(row));
            }
            return claimed;
        });
    }

    @Override
    public Uni<Boolean> delivered(UUID id, UUID leaseToken, int attempts, Instant at) {
        return update(DELIVERED, Tuple.of(id, leaseToken, attempts, utc(at)));
    }

    @Override
    public Uni<Boolean> attemptFailed(UUID id, UUID leaseToken, int attempts, Optional<Instant> retryAt, String error) {
        return update(FAILED, Tuple.tuple().addUUID(id).addUUID(leaseToken).addInteger(attempts)
                .addOffsetDateTime(retryAt.map(WebhookDeliveries::utc).orElse(null)).addString(error));
    }

    /** The partner has no webhook (any more): it is told by polling, and never claimed again. */
    @Override
    public Uni<Boolean> fallBackToPolling(UUID id, UUID leaseToken) {
        return update(POLL_ONLY, Tuple.of(id, leaseToken));
    }

    private Uni<Boolean> update(String sql, Tuple args) {
        return pool.preparedQuery(sql).execute(args).map(rows -> rows.rowCount() > 0);
    }

    private Claimed toClaimed(Row row) {
        Notice notice = new Notice(row.getUUID("release_id"), Optional.ofNullable(row.getString("subject_ref")),
                NotificationCause.valueOf(row.getString("cause")), row.getOffsetDateTime("withdrawn_at").toInstant(),
                row.getOffsetDateTime("notified_at").toInstant());
        return new Claimed(row.getUUID("id"), row.getUUID("lease_token"), row.getString("partner_id"),
                row.getInteger("attempts"), webhook(row, cipher),
                TraceContext.stored(row.getString("traceparent"), row.getString("tracestate")), notice);
    }

    /** The partner's webhook from a claim's row, its secret decrypted for this delivery. */
    static Optional<Webhook> webhook(Row row, SecretCipher cipher) {
        String partnerId = row.getString("partner_id");
        String url = row.getString("webhook_url");
        String secret = row.getString("webhook_secret_encrypted");
        return url == null || secret == null ? Optional.empty()
                : Optional.of(new Webhook(URI.create(url), cipher.decrypt(secret, "partner:" + partnerId)));
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
