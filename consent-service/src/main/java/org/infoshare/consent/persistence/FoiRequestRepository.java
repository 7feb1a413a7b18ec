package org.infoshare.consent.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.FoiRequest;

import java.util.List;
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
        entity.council = request.council().name();
        entity.handedOverAt = request.handedOverAt();
        entity.recordedBy = request.recordedBy();
        return entities.persist(entity).replaceWithVoid();
    }

    public Uni<List<FoiRequest>> newestFirst(int page, int size) {
        return entities.findAll(Sort.descending("receivedAt").and("id")).page(Page.of(page, size)).list()
                .map(found -> found.stream().map(e -> new FoiRequest(e.id, e.receivedAt, e.summary,
                        FoiRequest.Council.valueOf(e.council), e.handedOverAt, e.recordedBy)).toList());
    }

    public Uni<Long> count() {
        return entities.count();
    }

    /** Panache's repository for the entity, kept inside persistence. */
    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<FoiRequestEntity, UUID> {
    }
}
