package org.infoshare.sharing.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.sharing.domain.ConflictDeclaration;

import java.util.List;
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

    public Uni<List<ConflictDeclaration>> newestFirst(int page, int size) {
        return entities.findAll(Sort.descending("declaredAt").and("id")).page(Page.of(page, size)).list()
                .map(found -> found.stream().map(ConflictDeclarationRepository::toDomain).toList());
    }

    public Uni<Long> count() {
        return entities.count();
    }

    private static ConflictDeclaration toDomain(ConflictDeclarationEntity e) {
        return new ConflictDeclaration(e.id, e.protocolId, e.partnerId, e.description, e.legalBasis, e.declaredBy,
                e.declaredAt);
    }

    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<ConflictDeclarationEntity, UUID> {
    }
}
