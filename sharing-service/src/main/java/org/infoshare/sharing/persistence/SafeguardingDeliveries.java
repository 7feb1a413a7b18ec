package org.infoshare.sharing.persistence;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Singleton;
import org.infoshare.sharing.persistence.WebhookDeliveries.Claimed;
import org.infoshare.sharing.persistence.WebhookDeliveries.Referral;

import java.util.Optional;

/**
 * Safeguarding referrals' webhook deliveries to their team (P3.1), leased and settled exactly as
 * recipient notifications' are ({@link LeasedDeliveries}); an acknowledged referral is never
 * claimed again. The account of the concern is not read here: the team fetches it.
 */
@Singleton // no client proxy: its superclass has no no-argument constructor
public class SafeguardingDeliveries extends LeasedDeliveries {

    SafeguardingDeliveries(Pool pool, SecretCipher cipher) {
        super(pool, cipher, "safeguarding_referral", "acknowledged_at", "d.category, d.route, d.referred_at");
    }

    @Override
    Claimed toClaimed(Row row) {
        Referral referral = new Referral(row.getString("category"), row.getString("route"),
                row.getOffsetDateTime("referred_at").toInstant());
        return new Claimed(row.getUUID("id"), row.getUUID("lease_token"), row.getString("partner_id"),
                row.getInteger("attempts"), WebhookDeliveries.webhook(row, cipher), Optional.empty(), referral);
    }
}
