package org.infoshare.sharing.persistence;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Singleton;
import org.infoshare.events.vocabulary.NotificationCause;
import org.infoshare.messaging.tracing.TraceContext;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Recipient notifications' webhook deliveries (P6.8), leased and settled as {@link LeasedDeliveries}
 * describes; an answered notification is never claimed again. Also the shapes every delivery kind
 * hands the dispatcher.
 */
@Singleton // no client proxy: its superclass has no no-argument constructor
public class WebhookDeliveries extends LeasedDeliveries {

    WebhookDeliveries(Pool pool, SecretCipher cipher) {
        super(pool, cipher, "recipient_notification", "answered_at", """
                d.release_id, d.subject_ref, d.cause, d.withdrawn_at, d.notified_at, d.traceparent, d.tracestate""");
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

    @Override
    Claimed toClaimed(Row row) {
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
