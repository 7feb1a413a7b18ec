package org.infoshare.breach.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.messaging.jobs.JobLock;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.breach.config.RetentionConfig;
import org.infoshare.breach.domain.ErasedRecord;
import org.infoshare.breach.domain.RecordKind;
import org.infoshare.breach.domain.RetentionReview;
import org.infoshare.rules.RetentionRule;
import org.infoshare.breach.domain.BreachEventMapper;
import org.infoshare.breach.persistence.RetentionRepository;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * P13.1: removes (or anonymises) what has passed its retention period, kind by kind in
 * {@link RecordKind}'s order, in batches: each batch one transaction holding the job's lock, with
 * one record-erased per record it removed (the audit trail's proof).
 */
@ApplicationScoped
public class RetentionService {

    static final String JOB = "breach-retention";
    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    private final RetentionRepository records;
    private final RetentionConfig config;
    private final Outbox outbox;
    private final JobLock jobLock;

    public RetentionService(RetentionRepository records, RetentionConfig config, Outbox outbox, JobLock jobLock) {
        this.records = records;
        this.config = config;
        this.outbox = outbox;
        this.jobLock = jobLock;
    }

    /** Applies retention at {@code now}; answers how many records of each kind went (none when another instance runs it). */
    public Uni<Map<RecordKind, Integer>> apply(Instant now) {
        Uni<Map<RecordKind, Integer>> chain = Uni.createFrom().item(new EnumMap<>(RecordKind.class));
        for (RecordKind kind : RecordKind.values()) {
            Period period = settings(kind).period();
            Instant cutoff = RetentionRule.cutoff(period, now);
            chain = chain.chain(erased -> eraseKind(kind, period, cutoff, now, 0).map(count -> {
                if (count > 0) {
                    erased.put(kind, count);
                }
                return erased;
            }));
        }
        return chain.invoke(erased -> {
            if (!erased.isEmpty()) {
                LOG.infof("P13.1 retention removed %s", erased);
            }
        });
    }

    private Uni<Integer> eraseKind(RecordKind kind, Period period, Instant cutoff, Instant now, int sofar) {
        int batchSize = config.batchSize();
        return jobLock.inTransaction(JOB, () -> records.eraseDue(kind, cutoff, batchSize)
                        .call(removed -> outbox.appendAll(removed.stream()
                                .map(record -> BreachEventMapper.erased(record, period, now)).toList()))
                        .map(List::size))
                .chain(batch -> batch.isEmpty() || batch.get() < batchSize
                        ? Uni.createFrom().item(sofar + batch.orElse(0))
                        : eraseKind(kind, period, cutoff, now, sofar + batch.get()));
    }

    /** The annual review at {@code now}: what is held and what falls due by {@code until}. */
    @WithSession
    public Uni<RetentionReview> review(Instant now, Instant until) {
        Uni<List<RetentionReview.KindReview>> chain = Uni.createFrom().item(new ArrayList<>());
        for (RecordKind kind : Arrays.asList(RecordKind.values())) {
            RetentionConfig.Kind settings = settings(kind);
            chain = chain.chain(reviews -> records.counts(kind, now, until, settings.period()).map(counts -> {
                reviews.add(new RetentionReview.KindReview(kind, counts.held(), counts.byAge(), settings.period(),
                        RetentionRepository.action(kind), counts.pastPeriod(), counts.dueUntil(), counts.oldestDue(),
                        settings.reason()));
                return reviews;
            }));
        }
        return chain.map(reviews -> new RetentionReview(now, until, reviews));
    }

    private RetentionConfig.Kind settings(RecordKind kind) {
        RetentionConfig.Kind settings = config.kinds().get(kind.configName());
        if (settings == null) {
            throw new IllegalStateException("no retention period configured for " + kind.configName());
        }
        return settings;
    }
}
