package org.infoshare.sharing.persistence;

import io.smallrye.mutiny.Uni;
import org.infoshare.sharing.persistence.WebhookDeliveries.Claimed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Deliveries of one kind as the webhook dispatcher leases and settles them. Every outcome is
 * recorded only under the lease token of the current claim and only while the delivery is still
 * PENDING (see {@link WebhookDeliveries}).
 */
public interface WebhookQueue {

    /**
     * Leases up to {@code limit} due deliveries until {@code leaseUntil}, scanning at most
     * {@code scan}; a partner in {@code roomByPartner} gets at most its room, any other {@code perPartner}.
     */
    Uni<List<Claimed>> claim(Instant now, Instant leaseUntil, int scan, int limit,
                             Map<String, Integer> roomByPartner, int perPartner);

    Uni<Boolean> delivered(UUID id, UUID leaseToken, int attempts, Instant at);

    Uni<Boolean> attemptFailed(UUID id, UUID leaseToken, int attempts, Optional<Instant> retryAt, String error);

    /** The partner has no webhook (any more): it is told by polling, and never claimed again. */
    Uni<Boolean> fallBackToPolling(UUID id, UUID leaseToken);
}
