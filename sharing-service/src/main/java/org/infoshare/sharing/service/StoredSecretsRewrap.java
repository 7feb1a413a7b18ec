package org.infoshare.sharing.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.sharing.persistence.PartnerRepository;
import org.infoshare.sharing.persistence.ProtocolRepository;
import org.infoshare.sharing.persistence.SafeguardingReferralRepository;
import org.jboss.logging.Logger;

/**
 * Keeps every stored secret sealed by the current primary key of {@code SHARING_SECRETS_KEYSET}:
 * values in the pre-keyset format, or sealed by a key since rotated out of the primary, are
 * re-sealed. After it has run once with a new primary (logged), the old key may be disabled.
 */
@ApplicationScoped
public class StoredSecretsRewrap {

    private static final Logger LOG = Logger.getLogger(StoredSecretsRewrap.class);

    private final PartnerRepository partners;
    private final ProtocolRepository protocols;
    private final SafeguardingReferralRepository referrals;

    public StoredSecretsRewrap(PartnerRepository partners, ProtocolRepository protocols,
                               SafeguardingReferralRepository referrals) {
        this.partners = partners;
        this.protocols = protocols;
        this.referrals = referrals;
    }

    // Safe on every replica at once: the rows are locked, and a value already re-sealed is left alone.
    @Scheduled(every = "${infoshare.sharing.secrets-rewrap-every:6h}", delayed = "${infoshare.sharing.secrets-rewrap-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return rewrapNow().invoke(count -> {
            if (count > 0) {
                LOG.infof("Re-sealed %d stored secret(s) under the keyset's primary key", count);
            }
        }).onFailure().recoverWithItem(error -> {
            LOG.errorf("Stored secrets not re-sealed this time: %s", error.getMessage());
            return 0;
        }).replaceWithVoid();
    }

    /** @return how many stored values were re-sealed */
    @WithTransaction
    public Uni<Integer> rewrapNow() {
        return partners.rewrapSecrets()
                .chain(fromPartners -> protocols.rewrapSecrets().map(fromProtocols -> fromPartners + fromProtocols))
                .chain(sofar -> referrals.rewrapSecrets().map(fromReferrals -> sofar + fromReferrals));
    }
}
