package org.infoshare.breach.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.breach.domain.RiskAssessment;
import org.infoshare.events.vocabulary.Likelihood;
import org.infoshare.events.vocabulary.RiskLevel;
import org.infoshare.events.vocabulary.Severity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Risk assessments of breaches, newest last; the latest one decides (P14.2). */
@ApplicationScoped
public class AssessmentRepository {

    private final Entities entities;

    AssessmentRepository(Entities entities) {
        this.entities = entities;
    }

    public Uni<Void> add(RiskAssessment assessment) {
        AssessmentEntity entity = new AssessmentEntity();
        entity.id = assessment.id();
        entity.breachId = assessment.breachId();
        entity.likelihood = assessment.likelihood().name();
        entity.severity = assessment.severity().name();
        entity.riskLevel = assessment.riskLevel().name();
        entity.factors = assessment.factors();
        entity.consequences = assessment.consequences();
        entity.reasons = assessment.reasons();
        entity.assessedBy = assessment.assessedBy();
        entity.assessedAt = assessment.assessedAt();
        return entities.persist(entity).replaceWithVoid();
    }

    public Uni<List<RiskAssessment>> list(UUID breachId) {
        return entities.list("breachId", Sort.ascending("assessedAt").and("id"), breachId)
                .map(found -> found.stream().map(AssessmentRepository::toDomain).toList());
    }

    public Uni<Optional<RiskAssessment>> latest(UUID breachId) {
        return entities.find("breachId", Sort.descending("assessedAt").and("id"), breachId).firstResult()
                .map(entity -> Optional.ofNullable(entity).map(AssessmentRepository::toDomain));
    }

    private static RiskAssessment toDomain(AssessmentEntity e) {
        return new RiskAssessment(e.id, e.breachId, Likelihood.valueOf(e.likelihood), Severity.valueOf(e.severity),
                e.factors, e.consequences, e.reasons, RiskLevel.valueOf(e.riskLevel), e.assessedBy, e.assessedAt);
    }

    /** Panache's repository for the entity, kept private to this package. */
    @ApplicationScoped
    static class Entities implements PanacheRepositoryBase<AssessmentEntity, UUID> {
    }
}
