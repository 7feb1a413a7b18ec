package org.infoshare.sharing.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.infoshare.sharing.domain.ConflictDeclaration;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores declared conflicts with the law (P5.1); hands out domain records only. */
@ApplicationScoped
public class ConflictDeclarationRepository {

    private final Entities entities;

    ConflictDeclarationRepository(Entities entities) {
        this.entities = entities;
    }

    public Uni<Void> add(ConflictDeclaration c) {
        ConflictDeclarationEntity e = new ConflictDeclarationEntity();
        e.id = c.id();
        e.protocolId = c.protocolId();
        e.partnerId = c.partnerId();
        e.description = c.description();
        e.legalBasis = c.legalBasis();
        e.declaredBy = c.declaredBy();
        e.declaredAt = c.declaredAt();
        return entities.persist(e).replaceWithVoid();
    }

    /** Open declarations on any of these protocols, oldest first (P5.1). */
    public Uni<List<ConflictDeclaration>> openOn(List<UUID> protocolIds) {
        if (protocolIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return entities.find("protocolId in ?1 and resolvedAt is null", Sort.ascending("declaredAt").and("id"),
                        protocolIds).list()
                .map(found -> found.stream().map(ConflictDeclarationRepository::toDomain).toList());
    }

    /** One declaration, locked, so two resolutions of it cannot both win. */
    public Uni<Optional<ConflictDeclaration>> findForResolution(UUID id) {
        return entities.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .map(e -> Optional.ofNullable(e).map(ConflictDeclarationRepository::toDomain));
    }

    public Uni<Void> resolve(ConflictDeclaration c) {
        ConflictDeclaration.Resolution r = c.resolution().orElseThrow();
        return entities.findById(c.id()).invoke(e -> {
            e.resolutionOutcome = r.outcome().name();
            e.resolution = r.reasons();
            e.resolvedBy = r.resolvedBy();
            e.resolvedAt = r.resolvedAt();
        }).replaceWithVoid();
    }

    public Uni<List<ConflictDeclaration>> newestFirst(int page, int size) {
        return entities.findAll(Sort.descending("declaredAt").and("id")).page(Page.of(page, size)).list()
                .map(found -> found.stream().map(ConflictDeclarationRepository::toDomain).toList());
    }

    public Uni<Long> count() {
        return entities.count();
    }

    private static ConflictDeclaration toDomain(ConflictDeclarationEntity e) {
        return new ConflictDeclaration(e.id, e.protocolId, e.partnerId, e.description, e.legalBasis, e.declaredBy,
                e.declaredAt, Optional.ofNullable(e.resolvedAt).map(at -> new ConflictDeclaration.Resolution(
                        ConflictDeclaration.Outcome.valueOf(e.resolutionOutcome), e.resolution, e.resolvedBy, at)));
    }

    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<ConflictDeclarationEntity, UUID> {
    }
}
