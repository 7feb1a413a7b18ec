package org.infoshare.breach.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.breach.domain.BreachReport;
import org.infoshare.breach.domain.Reporter;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores breach reports; hands out domain records only, never entities. */
@ApplicationScoped
public class BreachRepository {

    private final Entities entities;

    BreachRepository(Entities entities) {
        this.entities = entities;
    }

    public Uni<Void> add(BreachReport report) {
        return entities.persist(toEntity(report)).replaceWithVoid();
    }

    public Uni<Optional<BreachReport>> find(UUID id) {
        return entities.findById(id).map(entity -> Optional.ofNullable(entity).map(BreachRepository::toDomain));
    }

    /** Newest first; a partner sees only what it reported itself. */
    public Uni<List<BreachReport>> list(Optional<String> reporterPartner, int page, int size) {
        Sort newestFirst = Sort.descending("reportedAt").and("id");
        var query = reporterPartner
                .map(partner -> entities.find("reporterPartner", newestFirst, partner))
                .orElseGet(() -> entities.findAll(newestFirst));
        return query.page(Page.of(page, size)).list()
                .map(found -> found.stream().map(BreachRepository::toDomain).toList());
    }

    public Uni<Long> count(Optional<String> reporterPartner) {
        return reporterPartner.map(partner -> entities.count("reporterPartner", partner))
                .orElseGet(entities::count);
    }

    private static BreachEntity toEntity(BreachReport report) {
        BreachEntity entity = new BreachEntity();
        entity.id = report.id();
        entity.reporterActor = report.reporter().actorId();
        entity.reporterKind = report.reporter().kind().name();
        entity.reporterPartner = report.reporter().partnerId().orElse(null);
        entity.summary = report.summary();
        entity.discoveredHow = report.discoveredHow();
        entity.occurredAt = report.occurredAt();
        entity.awareAt = report.awareAt();
        entity.cyberIncident = report.cyberIncident();
        entity.dataCategories = report.dataCategories();
        entity.releaseIds = report.releaseIds();
        entity.reportedAt = report.reportedAt();
        return entity;
    }

    private static BreachReport toDomain(BreachEntity entity) {
        return new BreachReport(entity.id,
                new Reporter(entity.reporterActor, Reporter.Kind.valueOf(entity.reporterKind),
                        Optional.ofNullable(entity.reporterPartner)),
                entity.summary, entity.discoveredHow, entity.occurredAt, entity.awareAt, entity.cyberIncident,
                entity.dataCategories, entity.releaseIds, entity.reportedAt);
    }

    /** Panache's repository for the entity, kept private to this package. */
    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<BreachEntity, UUID> {
    }
}
