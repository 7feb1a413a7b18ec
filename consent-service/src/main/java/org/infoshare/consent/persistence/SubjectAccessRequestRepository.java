package org.infoshare.consent.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.SubjectAccessRequest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores subject access requests; hands out domain records only, never entities. */
@ApplicationScoped
public class SubjectAccessRequestRepository {

    private final Entities entities;

    SubjectAccessRequestRepository(Entities entities) {
        this.entities = entities;
    }

    public Uni<Void> add(SubjectAccessRequest request) {
        SubjectAccessRequestEntity entity = new SubjectAccessRequestEntity();
        entity.id = request.id();
        entity.subjectId = request.subjectId();
        entity.channel = request.channel().name();
        entity.receivedAt = request.receivedAt();
        entity.dueDate = request.dueDate();
        entity.recordedBy = request.recordedBy();
        entity.recordedAt = request.recordedAt();
        return entities.persist(entity).replaceWithVoid();
    }

    public Uni<Optional<SubjectAccessRequest>> find(UUID id) {
        return entities.findById(id).map(entity -> Optional.ofNullable(entity).map(SubjectAccessRequestRepository::toDomain));
    }

    /** Soonest due first, so staff see what is urgent. */
    public Uni<List<SubjectAccessRequest>> byDueDate(int page, int size) {
        return entities.findAll(Sort.ascending("dueDate").and("id")).page(Page.of(page, size)).list()
                .map(found -> found.stream().map(SubjectAccessRequestRepository::toDomain).toList());
    }

    public Uni<Long> count() {
        return entities.count();
    }

    private static SubjectAccessRequest toDomain(SubjectAccessRequestEntity entity) {
        return new SubjectAccessRequest(entity.id, entity.subjectId,
                SubjectAccessRequest.RequestChannel.valueOf(entity.channel), entity.receivedAt, entity.dueDate,
                entity.recordedBy, entity.recordedAt);
    }

    /** Panache's repository for the entity, kept inside persistence. */
    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<SubjectAccessRequestEntity, UUID> {
    }
}
