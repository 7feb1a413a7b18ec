package org.infoshare.breach.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.breach.domain.IcoReport;
import org.infoshare.breach.domain.IcoReportContent;
import org.infoshare.events.vocabulary.BreachReportKind;
import org.infoshare.events.vocabulary.RiskLevel;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reports made to the ICO, oldest first (the initial one, then follow-ups). */
@ApplicationScoped
public class IcoReportRepository {

    private final Entities entities;

    IcoReportRepository(Entities entities) {
        this.entities = entities;
    }

    public Uni<Void> add(IcoReport report) {
        IcoReportContent c = report.content();
        IcoReportEntity e = new IcoReportEntity();
        e.id = report.id();
        e.breachId = report.breachId();
        e.kind = report.kind().name();
        e.late = report.late();
        e.delayReasons = report.delayReasons().orElse(null);
        e.icoReference = report.icoReference().orElse(null);
        e.whatHappened = c.whatHappened();
        e.howDiscovered = c.howDiscovered();
        e.occurredAt = c.occurredAt();
        e.awareAt = c.awareAt();
        e.cyberIncident = c.cyberIncident();
        e.categoriesOfPeople = c.categoriesOfPeople();
        e.approximateSubjects = c.approximateSubjects();
        e.categoriesOfData = c.categoriesOfData();
        e.approximateRecords = c.approximateRecords();
        e.recipientsInvolved = c.recipientsInvolved();
        e.riskLevel = c.riskLevel().name();
        e.likelyConsequences = c.likelyConsequences();
        e.measuresTaken = c.measuresTaken();
        e.measuresProposed = c.measuresProposed();
        e.individualsTold = c.individualsTold();
        e.reportedBy = report.reportedBy();
        e.reportedAt = report.reportedAt();
        return entities.persist(e).replaceWithVoid();
    }

    public Uni<List<IcoReport>> list(UUID breachId) {
        return entities.list("breachId", Sort.ascending("reportedAt").and("id"), breachId)
                .map(found -> found.stream().map(IcoReportRepository::toDomain).toList());
    }

    public Uni<Optional<IcoReport>> find(UUID breachId, UUID reportId) {
        return entities.find("breachId = ?1 and id = ?2", breachId, reportId).firstResult()
                .map(entity -> Optional.ofNullable(entity).map(IcoReportRepository::toDomain));
    }

    private static IcoReport toDomain(IcoReportEntity e) {
        IcoReportContent content = new IcoReportContent(e.whatHappened, e.howDiscovered, e.occurredAt, e.awareAt,
                e.cyberIncident, e.categoriesOfPeople, e.approximateSubjects, e.categoriesOfData,
                e.approximateRecords, e.recipientsInvolved, RiskLevel.valueOf(e.riskLevel), e.likelyConsequences,
                e.measuresTaken, e.measuresProposed, e.individualsTold);
        return new IcoReport(e.id, e.breachId, BreachReportKind.valueOf(e.kind), e.late,
                Optional.ofNullable(e.delayReasons), Optional.ofNullable(e.icoReference), content, e.reportedBy,
                e.reportedAt);
    }

    /** Panache's repository for the entity, kept private to this package. */
    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<IcoReportEntity, UUID> {
    }
}
