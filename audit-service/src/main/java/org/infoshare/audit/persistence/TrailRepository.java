package org.infoshare.audit.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.audit.domain.TrailEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Appends to and reads the trail; hands out domain records only, never entities. */
@ApplicationScoped
public class TrailRepository {

    private final Entities entities;

    TrailRepository(Entities entities) {
        this.entities = entities;
    }

    public Uni<Void> append(TrailEntry entry) {
        TrailEntryEntity entity = new TrailEntryEntity();
        entity.eventId = entry.eventId();
        entity.eventType = entry.type();
        entity.source = entry.source();
        entity.subject = entry.subject();
        entity.occurredAt = entry.occurredAt();
        entity.topic = entry.topic();
        entity.payloadSha256 = entry.payloadSha256();
        return entities.persist(entity).replaceWithVoid();
    }

    /** Entries in trail order, filtered by type and subject when given. */
    public Uni<List<TrailEntry>> find(Optional<String> type, Optional<String> subject, int page, int size) {
        return query(type, subject).page(Page.of(page, size)).list()
                .map(found -> found.stream().map(TrailRepository::toDomain).toList());
    }

    public Uni<Long> count(Optional<String> type, Optional<String> subject) {
        return query(type, subject).count();
    }

    private PanacheQuery<TrailEntryEntity> query(Optional<String> type, Optional<String> subject) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        type.ifPresent(value -> {
            conditions.add("eventType = :type");
            parameters.and("type", value);
        });
        subject.ifPresent(value -> {
            conditions.add("subject = :subject");
            parameters.and("subject", value);
        });
        Sort order = Sort.ascending("seq");
        return conditions.isEmpty()
                ? entities.findAll(order)
                : entities.find(String.join(" and ", conditions), order, parameters);
    }

    private static TrailEntry toDomain(TrailEntryEntity entity) {
        return new TrailEntry(entity.eventId, entity.eventType, entity.source, entity.subject, entity.occurredAt,
                entity.topic, entity.payloadSha256);
    }

    /** Panache's repository for the entity, kept inside persistence. */
    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<TrailEntryEntity, Long> {
    }
}
