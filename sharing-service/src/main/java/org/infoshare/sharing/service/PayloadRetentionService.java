package org.infoshare.sharing.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.vocabulary.PayloadDestructionCause;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.sharing.config.SharingConfig;
import org.infoshare.sharing.domain.PayloadRetention;
import org.infoshare.sharing.domain.SharingEventMapper;
import org.infoshare.sharing.persistence.ReleaseRepository;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * P11.1 / P13.1: destroys the payloads of releases past their retention, keeping the record of
 * each release, with release-destroyed in the same transaction. Batches of
 * {@code destroy-batch-size}, each its own transaction, until none is due.
 */
@ApplicationScoped
public class PayloadRetentionService {

    private static final Logger LOG = Logger.getLogger(PayloadRetentionService.class);

    private final ReleaseRepository releases;
    private final Outbox outbox;
    private final PayloadRetention retention;
    private final int batchSize;

    public PayloadRetentionService(ReleaseRepository releases, Outbox outbox, SharingConfig config) {
        this.releases = releases;
        this.outbox = outbox;
        this.retention = new PayloadRetention(config.release().payloadRetention());
        this.batchSize = config.release().destroyBatchSize();
    }

    /** Destroys every payload due at {@code now}; answers how many. */
    public Uni<Integer> destroyDue(Instant now) {
        return destroyFrom(now, 0);
    }

    private Uni<Integer> destroyFrom(Instant now, int sofar) {
        return batch(now).chain(destroyed -> destroyed < batchSize
                ? Uni.createFrom().item(sofar + destroyed).invoke(total -> {
                    if (total > 0) {
                        LOG.infof("P11.1 destroyed %d release payloads past their retention", total);
                    }
                })
                : destroyFrom(now, sofar + destroyed));
    }

    private Uni<Integer> batch(Instant now) {
        return Panache.withTransaction(() -> releases.destroyDue(retention.releasedBy(now), now, batchSize)
                .call(destroyed -> outbox.appendAll(events(destroyed, now)))
                .map(List::size));
    }

    private static List<org.infoshare.events.sharing.ReleaseDestroyed> events(List<ReleaseRepository.Destroyed> destroyed,
                                                                            Instant now) {
        return destroyed.stream().map(d -> SharingEventMapper.destroyed(d.releaseId(), d.subjectId(), d.partnerId(),
                PayloadDestructionCause.RETENTION_ELAPSED, now)).toList();
    }
}
