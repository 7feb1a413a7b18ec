package org.infoshare.consent.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.InformationSheet;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores information sheet versions; hands out domain records only. */
@ApplicationScoped
public class InformationSheetRepository {

    private final Entities entities;

    InformationSheetRepository(Entities entities) {
        this.entities = entities;
    }

    public Uni<Void> add(InformationSheet sheet) {
        InformationSheetEntity entity = new InformationSheetEntity();
        entity.id = sheet.id();
        entity.pieceOfWork = sheet.pieceOfWork();
        entity.version = sheet.version();
        entity.title = sheet.title();
        entity.body = sheet.text();
        entity.documentReference = sheet.documentReference();
        entity.contentHash = sheet.contentHash();
        entity.publishedAt = sheet.publishedAt();
        return entities.persist(entity).replaceWithVoid();
    }

    public Uni<Optional<InformationSheet>> find(UUID id) {
        return entities.findById(id).map(entity -> Optional.ofNullable(entity).map(InformationSheetRepository::toDomain));
    }

    /** The highest version published for the piece of work, if any. */
    public Uni<Optional<InformationSheet>> latest(String pieceOfWork) {
        return entities.find("pieceOfWork", Sort.descending("version"), pieceOfWork).firstResult()
                .map(entity -> Optional.ofNullable(entity).map(InformationSheetRepository::toDomain));
    }

    public Uni<List<InformationSheet>> list(Optional<String> pieceOfWork, int page, int size) {
        Sort order = Sort.ascending("pieceOfWork").and("version");
        var query = pieceOfWork.map(p -> entities.find("pieceOfWork", order, p)).orElseGet(() -> entities.findAll(order));
        return query.page(Page.of(page, size)).list()
                .map(found -> found.stream().map(InformationSheetRepository::toDomain).toList());
    }

    public Uni<Long> count(Optional<String> pieceOfWork) {
        return pieceOfWork.map(p -> entities.count("pieceOfWork", p)).orElseGet(entities::count);
    }

    private static InformationSheet toDomain(InformationSheetEntity entity) {
        return new InformationSheet(entity.id, entity.pieceOfWork, entity.version, entity.title, entity.body,
                entity.documentReference, entity.contentHash, entity.publishedAt);
    }

    /** Panache's repository for the entity, kept inside persistence. */
    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<InformationSheetEntity, UUID> {
    }
}
