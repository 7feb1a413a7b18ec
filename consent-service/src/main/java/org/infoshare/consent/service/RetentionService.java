package org.infoshare.consent.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.config.RetentionConfig;
import org.infoshare.consent.domain.ErasedRecord;
import org.infoshare.consent.domain.RecordKind;
import org.infoshare.consent.domain.RetentionReview;
import org.infoshare.rules.RetentionRule;
import org.infoshare.consent.domain.ConsentEventMapper;
import org.infoshare.consent.persistence.RetentionRepository;
import org.infoshare.messaging.outbox.Outbox;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * P13.1: removes what has passed its retention period, each removal announced as record-erased
 * in the same transaction (the audit trail's proof), and produces the annual review. Requests
 * and consents go before people, so a person's identity leaves the vault only once nothing of
 * theirs is left here.
 */
@ApplicationScoped
public class RetentionService {

    private static final List<RecordKind> ORDER = List.of(RecordKind.SUBJECT_ACCESS_REQUEST, RecordKind.FOI_REQUEST,
            RecordKind.CONSENT, RecordKind.BREACH_NOTICE, RecordKind.LEGAL_DISCLOSURE, RecordKind.PERSON_LINK,
            RecordKind.PERSON_RELEASE, RecordKind.POLICY_ACKNOWLEDGEMENT, RecordKind.STAFF_TRAINING, RecordKind.VAULT_ENTRY);

    private final RetentionRepository records;
    private final RetentionConfig config;
    private final Outbox outbox;

    public RetentionService(RetentionRepository records, RetentionConfig config, Outbox outbox) {
        this.records = records;
        this.config = config;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<List<ErasedRecord>> apply(Instant now) {
        Uni<List<ErasedRecord>> chain = Uni.createFrom().item(new ArrayList<>());
        for (RecordKind kind : ORDER) {
            Period period = period(kind);
            chain = chain.chain(erased -> records.eraseExpired(kind, RetentionRule.cutoff(period, now))
                    .call(removed -> outbox.appendAll(removed.stream()
                            .map(record -> ConsentEventMapper.erased(record, period, now)).toList()))
                    .map(removed -> {
                        erased.addAll(removed);
                        return erased;
                    }));
        }
        return chain;
    }

    /** The annual review at {@code now}: what is held and what falls due by {@code until}. */
    @WithSession
    public Uni<RetentionReview> review(Instant now, Instant until) {
        Uni<List<RetentionReview.KindReview>> chain = Uni.createFrom().item(new ArrayList<>());
        for (RecordKind kind : ORDER) {
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

    private Period period(RecordKind kind) {
        return settings(kind).period();
    }

    private RetentionConfig.Kind settings(RecordKind kind) {
        RetentionConfig.Kind settings = config.kinds().get(kind.configName());
        if (settings == null) {
            throw new IllegalStateException("no retention period configured for " + kind.configName());
        }
        return settings;
    }
}
