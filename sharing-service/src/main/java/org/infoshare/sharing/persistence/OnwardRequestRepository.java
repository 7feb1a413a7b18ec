package org.infoshare.sharing.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.infoshare.sharing.domain.OnwardRequest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores onward sharing requests (P10.1); hands out domain records only. */
@ApplicationScoped
public class OnwardRequestRepository {

    private final Entities entities;

    OnwardRequestRepository(Entities entities) {
        this.entities = entities;
    }

    public Uni<OnwardRequest> add(OnwardRequest request) {
        OnwardRequestEntity e = new OnwardRequestEntity();
        e.id = request.id();
        e.releaseId = request.releaseId();
        e.requestingPartnerId = request.requestingPartnerId();
        e.recipientPartnerId = request.recipientPartnerId();
        e.purpose = request.purpose();
        e.justification = request.justification();
        e.requestedBy = request.requestedBy();
        e.requestedAt = request.requestedAt();
        write(e, request);
        return entities.persist(e).replaceWith(request);
    }

    /** Locked, so two DPO decisions on one request cannot both pass. */
    public Uni<Optional<OnwardRequest>> findForDecision(UUID id) {
        return entities.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .map(e -> Optional.ofNullable(e).map(OnwardRequestRepository::toDomain));
    }

    public Uni<Optional<OnwardRequest>> find(UUID id) {
        return entities.findById(id).map(e -> Optional.ofNullable(e).map(OnwardRequestRepository::toDomain));
    }

    public Uni<Void> update(OnwardRequest request) {
        return entities.findById(request.id()).invoke(e -> write(e, request)).replaceWithVoid();
    }

    public Uni<List<OnwardRequest>> list(Optional<String> requestingPartner, Optional<OnwardRequest.Status> status,
                                         int page, int size) {
        return query(requestingPartner, status, Optional.of(Sort.descending("requestedAt").and("id")))
                .page(Page.of(page, size)).list()
                .map(found -> found.stream().map(OnwardRequestRepository::toDomain).toList());
    }

    public Uni<Long> count(Optional<String> requestingPartner, Optional<OnwardRequest.Status> status) {
        return query(requestingPartner, status, Optional.empty()).count();
    }

    private PanacheQuery<OnwardRequestEntity> query(Optional<String> requestingPartner,
                                                    Optional<OnwardRequest.Status> status, Optional<Sort> order) {
        return new Filters().equal("requestingPartnerId", "partner", requestingPartner)
                .equal("status", "status", status.map(Enum::name)).find(entities, order);
    }

    private static void write(OnwardRequestEntity e, OnwardRequest request) {
        e.status = request.status().name();
        e.decidedBy = request.decidedBy().orElse(null);
        e.decidedAt = request.decidedAt().orElse(null);
        e.dpoJustification = request.dpoJustification().orElse(null);
        e.childReleaseId = request.childReleaseId().orElse(null);
    }

    private static OnwardRequest toDomain(OnwardRequestEntity e) {
        return new OnwardRequest(e.id, e.releaseId, e.requestingPartnerId, e.recipientPartnerId, e.purpose,
                e.justification, e.requestedBy, e.requestedAt, OnwardRequest.Status.valueOf(e.status),
                Optional.ofNullable(e.decidedBy), Optional.ofNullable(e.decidedAt),
                Optional.ofNullable(e.dpoJustification), Optional.ofNullable(e.childReleaseId));
    }

    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<OnwardRequestEntity, UUID> {
    }
}
