package org.infoshare.sharing.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.sharing.persistence.WebhookDeliveries.Claimed;
import org.infoshare.sharing.persistence.WebhookDeliveries.Referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.infoshare.sharing.persistence.WebhookDeliveries.utc;

/**
 * Safeguarding referrals' webhook deliveries to their team (P3.1), leased and settled exactly as
 * recipient notifications' are ({@link WebhookDeliveries}): SKIP LOCKED claims under a fresh lease
 * token, outcomes recorded only under the current token and only while PENDING, an acknowledged
 * referral never claimed again. The account of the concern is not read here: the team fetches it.
 */
@ApplicationScoped
public class SafeguardingDeliveries implements WebhookQueue {

    private static final String CLAIM = """
            WITH due AS (
                SELECT id, partner_id, next_attempt_at FROM safeguarding_referral
                WHERE delivery_state = 'PENDING' AND acknowledged_at IS NULL AND next_attempt_at <= $1
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
            UPDATE safeguarding_referral r SET next_attempt_at = $2, lease_token = gen_random_uuid()
            FROM chosen LEFT JOIN partner p ON p.id = chosen.partner_id
            WHERE r.id = chosen.id
            RETURNING r.id, r.lease_token, r.partner_id, r.attempts, r.category, r.route, r.referred_at,
                      p.webhook_url, p.webhook_secret_encrypted""";

    private static final String DELIVERED = """
            UPDATE safeguarding_referral SET delivery_state = 'DELIVERED', attempts = $3, delivered_at = $4,
                   last_error = NULL, next_attempt_at = NULL, lease_token = NULL
            WHERE id = $1 AND lease_token = $2 AND delivery_state = 'PENDING'""";

    private static final String FAILED = """
            UPDATE safeguarding_referral SET delivery_state = CASE WHEN $4::timestamptz IS NULL THEN 'FAILED' ELSE 'PENDING' END,
                   attempts = $3, next_attempt_at = CASE WHEN acknowledged_at IS NULL THEN $4::timestamptz END,
                   last_error = $5, lease_token = NULL
            WHERE id = $1 AND lease_token = $2 AND delivery_state = 'PENDING'""";

    private static final String POLL_ONLY = """
            UPDATE safeguarding_referral SET delivery_state = 'POLL_ONLY', next_attempt_at = NULL, lease_token = NULL
            WHERE id = $1 AND lease_token = $2 AND delivery_state = 'PENDING'""";

    private final Pool pool;
    private final SecretCipher cipher;

    SafeguardingDeliveries(Pool pool, SecretCipher cipher) {
        this.pool = pool;
        this.cipher = cipher;
    }

    @Override
    public Uni<List<Claimed>> claim(Instant now, Instant leaseUntil, int scan, int limit,
                                    Map<String, Integer> roomByPartner, int perPartner) {
        Tuple args = Tuple.tuple().addOffsetDateTime(utc(now)).addOffsetDateTime(utc(leaseUntil)).addInteger(scan)
                .addJsonObject(new JsonObject(new HashMap<>(roomByPartner))).addInteger(perPartner).addInteger(limit);
        return pool.withTransaction(conn -> conn.preparedQuery(CLAIM).execute(args)).map(rows -> {
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

    @Override
    public Uni<Boolean> fallBackToPolling(UUID id, UUID leaseToken) {
        return update(POLL_ONLY, Tuple.of(id, leaseToken));
    }

    private Uni<Boolean> update(String sql, Tuple args) {
        return pool.preparedQuery(sql).execute(args).map(rows -> rows.rowCount() > 0);
    }

    private Claimed toClaimed(Row row) {
        Referral referral = new Referral(row.getString("category"), row.getString("route"),
                row.getOffsetDateTime("referred_at").toInstant());
        return new Claimed(row.getUUID("id"), row.getUUID("lease_token"), row.getString("partner_id"),
                row.getInteger("attempts"), WebhookDeliveries.webhook(row, cipher), Optional.empty(), referral);
    }
}
