package org.infoshare.audit.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.audit.domain.EntryKind;
import org.infoshare.audit.domain.RecordedEntry;
import org.infoshare.audit.domain.TrailQuery;
import org.infoshare.audit.domain.TrailEntry;

import java.util.ArrayList;
import java.util.List;

/** Auditors' queries over the trail; hands out domain records only, never entities. */
@ApplicationScoped
public class TrailRepository {

    private final Entities entities;

    TrailRepository(Entities entities) {
        this.entities = entities;
    }

    /** Entries matching the query, in trail order (or in order of occurrence for a timeline). */
    public Uni<List<RecordedEntry>> find(TrailQuery query, boolean byOccurrence, int page, int size) {
        return query(query, byOccurrence).page(Page.of(page, size)).list()
                .map(found -> found.stream().map(TrailRepository::toDomain).toList());
    }

    public Uni<Long> count(TrailQuery query) {
        return query(query, false).count();
    }

    private PanacheQuery<TrailEntryEntity> query(TrailQuery query, boolean byOccurrence) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        query.type().ifPresent(value -> {
            conditions.add("eventType = :type");
            parameters.and("type", value);
        });
        query.subject().ifPresent(value -> {
            conditions.add("subject = :subject");
            parameters.and("subject", value);
        });
        query.actor().ifPresent(value -> {
            conditions.add("actor = :actor");
            parameters.and("actor", value);
        });
        query.kind().ifPresent(value -> {
            conditions.add("kind = :kind");
            parameters.and("kind", value.code());
        });
        query.from().ifPresent(value -> {
            conditions.add("occurredAt >= :from");
            parameters.and("from", value);
        });
        query.to().ifPresent(value -> {
            conditions.add("occurredAt < :to");
            parameters.and("to", value);
        });
        Sort order = byOccurrence ? Sort.ascending("occurredAt", "seq") : Sort.ascending("seq");
        return conditions.isEmpty()
                ? entities.findAll(order)
                : entities.find(String.join(" and ", conditions), order, parameters);
    }

    private static RecordedEntry toDomain(TrailEntryEntity entity) {
        return new RecordedEntry(new TrailEntry(entity.seq, EntryKind.fromCode(entity.kind), entity.eventId,
                entity.eventType, entity.source, entity.subject, entity.actor, entity.occurredAt, entity.topic,
                entity.kafkaPartition, entity.kafkaOffset, entity.reason, entity.payloadSha256, entity.recordedAt),
                entity.leafHash);
    }

    /** Panache's repository for the entity, kept inside persistence. */
    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<TrailEntryEntity, Long> {
    }
}
