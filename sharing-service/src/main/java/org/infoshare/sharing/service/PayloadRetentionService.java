package org.infoshare.sharing.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.vocabulary.PayloadDestructionCause;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.sharing.config.RetentionConfig;
import org.infoshare.sharing.config.SharingConfig;
import org.infoshare.sharing.domain.ErasedRecord;
import org.infoshare.sharing.domain.PayloadRetention;
import org.infoshare.sharing.domain.RecordKind;
import org.infoshare.sharing.domain.SharingEventMapper;
import org.infoshare.sharing.persistence.ReleaseRepository;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;

/**
 * P11.1 / P13.1: destroys the payloads of releases past their retention, keeping the record of
 * each release, with release-destroyed and record-erased (P13.1: the audit trail's proof of a
 * removal, as for every kind retention removes) in the same transaction. Batches of
 * {@code destroy-batch-size}, each its own transaction, until none is due.
 */
@ApplicationScoped
public class PayloadRetentionService {

    private static final Logger LOG = Logger.getLogger(PayloadRetentionService.class);

    private final ReleaseRepository releases;
    private final Outbox outbox;
    private final PayloadRetention retention;
    private final int batchSize;
    private final Period period;

    public PayloadRetentionService(ReleaseRepository releases, Outbox outbox, SharingConfig config,
                                   RetentionConfig retentionConfig) {
        this.releases = releases;
        this.outbox = outbox;
        this.retention = new PayloadRetention(config.release().payloadRetention());
        this.batchSize = config.release().destroyBatchSize();
        // the same setting, read as the period record-erased and the review name (P90D, not PT2160H)
        RetentionConfig.Kind kind = retentionConfig.kinds().get(RecordKind.RELEASE_PAYLOAD.configName());
        this.period = kind != null ? kind.period() : Period.ofDays((int) config.release().payloadRetention().toDays());
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
                .call(destroyed -> outbox.appendAll(events(destroyed, period, now)))
                .map(List::size));
    }

    private static List<org.infoshare.events.DomainEvent> events(List<ReleaseRepository.Destroyed> destroyed,
                                                               Period period, Instant now) {
        return destroyed.stream().flatMap(d -> Stream.<org.infoshare.events.DomainEvent>of(
                SharingEventMapper.destroyed(d.releaseId(), d.subjectId(), d.partnerId(),
                        PayloadDestructionCause.RETENTION_ELAPSED, now),
                SharingEventMapper.erased(new ErasedRecord(RecordKind.RELEASE_PAYLOAD, d.releaseId().toString(),
                        d.subjectId(), ErasedRecord.Action.DELETED), period, now))).toList();
    }
}
