package org.infoshare.sharing.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.sharing.persistence.SealedPayloads;
import org.jboss.logging.Logger;

/**
 * Keeps share payloads and release contents sealed by the current primary key of
 * {@code SHARING_SECRETS_KEYSET} (issue 11): rows still in plain JSON (written before V15, or by an
 * older instance during a rolling deploy) and rows sealed by a key since rotated out of the
 * primary are re-sealed, batch by batch, shortly after start and then on the secrets' schedule.
 */
@ApplicationScoped
public class StoredPayloadsRewrap {

    private static final Logger LOG = Logger.getLogger(StoredPayloadsRewrap.class);
    private static final int BATCH = 200;

    private final SealedPayloads payloads;

    public StoredPayloadsRewrap(SealedPayloads payloads) {
        this.payloads = payloads;
    }

    // Safe on every replica at once: each batch claims its rows under SKIP LOCKED, and a row already
    // re-sealed no longer matches the claim.
    @Scheduled(every = "${infoshare.sharing.secrets-rewrap-every:6h}", delayed = "${infoshare.sharing.payloads-rewrap-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return rewrapNow().invoke(count -> {
            if (count > 0) {
                LOG.infof("Re-sealed %d stored payload(s) and release content(s) under the keyset's primary key", count);
            }
        }).onFailure().recoverWithItem(error -> {
            LOG.errorf("Stored payloads not re-sealed this time: %s", error.getMessage());
            return 0;
        }).replaceWithVoid();
    }

    /** @return how many stored values were re-sealed, batch after batch until none is left */
    public Uni<Integer> rewrapNow() {
        return rewrapFrom(0);
    }

    private Uni<Integer> rewrapFrom(int sofar) {
        return payloads.resealBatch(BATCH)
                .chain(count -> count == 0 ? Uni.createFrom().item(sofar) : rewrapFrom(sofar + count));
    }
}
