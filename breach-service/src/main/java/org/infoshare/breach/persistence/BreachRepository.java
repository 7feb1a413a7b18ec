package org.infoshare.breach.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.infoshare.breach.domain.Breach;
import org.infoshare.breach.domain.BreachReport;
import org.infoshare.breach.domain.BreachScope;
import org.infoshare.breach.domain.BreachStatus;
import org.infoshare.breach.domain.Certainty;
import org.infoshare.breach.domain.PartnerWindow;
import org.infoshare.breach.domain.Reporter;
import org.infoshare.events.vocabulary.RiskLevel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores breaches; hands out domain records only, never entities. */
@ApplicationScoped
public class BreachRepository {

    private final Entities entities;

    BreachRepository(Entities entities) {
        this.entities = entities;
    }

    public Uni<Void> add(BreachReport report) {
        return entities.persist(toEntity(report)).replaceWithVoid();
    }

    /** Where a breach came from when no person reported it (e.g. an escalated misuse report, P15.2). */
    public Uni<Void> markSource(UUID id, String source, UUID sourceRef) {
        // the breach was persisted in this session: flush it first, so the statement finds its row
        return Panache.getSession().chain(session -> session.flush().chain(() -> session.createNativeQuery(
                                "UPDATE breach SET source = ?1, source_ref = ?2 WHERE id = ?3")
                        .setParameter(1, source).setParameter(2, sourceRef).setParameter(3, id).executeUpdate()))
                .replaceWithVoid();
    }

    public Uni<Optional<Breach>> find(UUID id) {
        return entities.findById(id).map(entity -> Optional.ofNullable(entity).map(BreachRepository::toDomain));
    }

    /**
     * Reads the breach and locks its row until the transaction ends, so that changes to one breach
     * (assessing, reporting, notifying, closing) happen one after the other.
     */
    public Uni<Optional<Breach>> lock(UUID id) {
        return entities.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .map(entity -> Optional.ofNullable(entity).map(BreachRepository::toDomain));
    }

    /** Writes the status of a breach locked in this transaction. */
    public Uni<Void> updateStatus(UUID id, BreachStatus status) {
        return entities.findById(id).invoke(entity -> {
            entity.riskLevel = status.riskLevel().map(Enum::name).orElse(null);
            entity.icoReportedAt = status.icoReportedAt().orElse(null);
            entity.closedAt = status.closedAt().orElse(null);
        }).replaceWithVoid();
    }

    /** Newest first; a partner sees only what it reported itself. */
    public Uni<List<Breach>> list(Optional<String> reporterPartner, Optional<String> contractId, int page, int size) {
        return query(reporterPartner, contractId).page(Page.of(page, size)).list()
                .map(found -> found.stream().map(BreachRepository::toDomain).toList());
    }

    /** Every breach, oldest first: the internal log's export (Art. 33(5)). */
    public Uni<List<Breach>> all(Optional<String> contractId) {
        Sort oldestFirst = Sort.ascending("reportedAt").and("id");
        return contractId.map(contract -> entities.list("contractId", oldestFirst, contract))
                .orElseGet(() -> entities.listAll(oldestFirst))
                .map(found -> found.stream().map(BreachRepository::toDomain).toList());
    }

    public Uni<Long> count(Optional<String> reporterPartner, Optional<String> contractId) {
        return query(reporterPartner, contractId).count();
    }

    private io.quarkus.hibernate.reactive.panache.PanacheQuery<BreachEntity> query(Optional<String> reporterPartner,
                                                                                  Optional<String> contractId) {
        Sort newestFirst = Sort.descending("reportedAt").and("id");
        if (reporterPartner.isPresent() && contractId.isPresent()) {
            return entities.find("reporterPartner = ?1 and contractId = ?2", newestFirst, reporterPartner.get(),
                    contractId.get());
        }
        return reporterPartner.map(partner -> entities.find("reporterPartner", newestFirst, partner))
                .or(() -> contractId.map(contract -> entities.find("contractId", newestFirst, contract)))
                .orElseGet(() -> entities.findAll(newestFirst));
    }

    /** Breaches whose ICO clock runs and whose awareness lies at or before {@code awareBy}. */
    public Uni<List<Breach>> clockRunningAwareBy(Instant awareBy) {
        return entities.list("closedAt is null and icoReportedAt is null"
                        + " and (riskLevel is null or riskLevel <> ?1) and awareAt <= ?2",
                        RiskLevel.NO_RISK.name(), awareBy)
                .map(found -> found.stream().map(BreachRepository::toDomain).toList());
    }

    /** The earliest awareness among breaches whose ICO clock runs: the nearest deadline. */
    public Uni<Optional<Instant>> earliestRunningAwareness() {
        return entities.find("select min(awareAt) from BreachEntity where closedAt is null and icoReportedAt is null"
                        + " and (riskLevel is null or riskLevel <> ?1)", RiskLevel.NO_RISK.name())
                .project(Instant.class).firstResult()
                .map(Optional::ofNullable);
    }

    private static BreachEntity toEntity(BreachReport report) {
        BreachEntity entity = new BreachEntity();
        entity.id = report.id();
        entity.reporterActor = report.reporter().actorId();
        entity.reporterKind = report.reporter().kind().name();
        entity.reporterPartner = report.reporter().partnerId().orElse(null);
        entity.certainty = report.certainty().name();
        entity.summary = report.summary();
        entity.discoveredHow = report.discoveredHow();
        entity.occurredAt = report.occurredAt();
        entity.awareAt = report.awareAt();
        entity.statedAwareAt = report.statedAwareAt();
        entity.cyberIncident = report.cyberIncident();
        entity.dataCategories = report.dataCategories();
        entity.releaseIds = report.scope().releaseIds();
        report.scope().window().ifPresent(window -> {
            entity.scopePartner = window.partnerId();
            entity.windowFrom = window.from();
            entity.windowTo = window.to();
        });
        entity.reportedAt = report.reportedAt();
        entity.contractId = report.contractId();
        return entity;
    }

    private static Breach toDomain(BreachEntity entity) {
        Optional<PartnerWindow> window = Optional.ofNullable(entity.scopePartner)
                .map(partner -> new PartnerWindow(partner, entity.windowFrom, entity.windowTo));
        BreachReport report = new BreachReport(entity.id,
                new Reporter(entity.reporterActor, Reporter.Kind.valueOf(entity.reporterKind),
                        Optional.ofNullable(entity.reporterPartner)),
                Certainty.valueOf(entity.certainty), entity.summary, entity.discoveredHow, entity.occurredAt,
                entity.awareAt, entity.cyberIncident, entity.dataCategories,
                new BreachScope(entity.releaseIds, window), entity.reportedAt, entity.statedAwareAt, entity.contractId);
        BreachStatus status = new BreachStatus(Optional.ofNullable(entity.riskLevel).map(RiskLevel::valueOf),
                Optional.ofNullable(entity.icoReportedAt), Optional.ofNullable(entity.closedAt));
        return new Breach(report, status);
    }

    /** Panache's repository for the entity, kept private to this package. */
    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<BreachEntity, UUID> {
    }
}
