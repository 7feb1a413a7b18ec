package org.infoshare.consent.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.FoiRequest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The FOI log; hands out domain records only. */
@ApplicationScoped
public class FoiRequestRepository {

    private final Entities entities;

    FoiRequestRepository(Entities entities) {
        this.entities = entities;
    }

    public Uni<Void> add(FoiRequest request) {
        FoiRequestEntity entity = new FoiRequestEntity();
        entity.id = request.id();
        entity.receivedAt = request.receivedAt();
        entity.summary = request.summary();
        entity.contractId = request.contractId();
        entity.council = request.council();
        entity.councilFoiContact = request.councilFoiContact().orElse(null);
        entity.recordedBy = request.recordedBy();
        entity.handedOverAt = request.handedOverAt().orElse(null);
        entity.handedOverBy = request.handedOverBy().orElse(null);
        return entities.persist(entity).replaceWithVoid();
    }

    /** The request, its row locked until the transaction ends, so two hand-overs cannot both pass. */
    public Uni<Optional<FoiRequest>> findForUpdate(UUID id) {
        return Locks.findForUpdate(entities, id).map(e -> Optional.ofNullable(e).map(FoiRequestRepository::toDomain));
    }

    public Uni<Void> handedOver(FoiRequest request) {
        return entities.findById(request.id()).invoke(e -> {
            e.handedOverAt = request.handedOverAt().orElse(null);
            e.handedOverBy = request.handedOverBy().orElse(null);
        }).replaceWithVoid();
    }

    public Uni<List<FoiRequest>> newestFirst(Optional<String> contractId, int page, int size) {
        return query(contractId).page(Page.of(page, size)).list()
                .map(found -> found.stream().map(FoiRequestRepository::toDomain).toList());
    }

    public Uni<Long> count(Optional<String> contractId) {
        return query(contractId).count();
    }

    private PanacheQuery<FoiRequestEntity> query(Optional<String> contractId) {
        Sort order = Sort.descending("receivedAt").and("id");
        return contractId.map(c -> entities.find("contractId", order, c)).orElseGet(() -> entities.findAll(order));
    }

    private static FoiRequest toDomain(FoiRequestEntity e) {
        return new FoiRequest(e.id, e.receivedAt, e.summary, e.contractId, e.council,
                Optional.ofNullable(e.councilFoiContact), e.recordedBy, Optional.ofNullable(e.handedOverAt),
                Optional.ofNullable(e.handedOverBy));
    }

    /** Panache's repository for the entity, kept inside persistence. */
    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<FoiRequestEntity, UUID> {
    }
}
