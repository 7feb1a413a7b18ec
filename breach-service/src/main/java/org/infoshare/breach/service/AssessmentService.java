package org.infoshare.breach.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.breach.domain.BreachStatus;
import org.infoshare.breach.domain.RiskAssessment;
import org.infoshare.breach.domain.BreachEventMapper;
import org.infoshare.breach.persistence.AssessmentRepository;
import org.infoshare.breach.persistence.BreachRepository;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.web.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.events.vocabulary.Likelihood;
import org.infoshare.events.vocabulary.Severity;

/**
 * P14.2: the DPO assesses the risk to individuals, as often as new facts come in; the latest
 * assessment decides whether the breach is reported and whether people are told. Each one is
 * announced as breach-assessed in the same transaction.
 */
@ApplicationScoped
public class AssessmentService {

    private final BreachRepository breaches;
    private final AssessmentRepository assessments;
    private final Outbox outbox;
    private final Clock clock;

    public AssessmentService(BreachRepository breaches, AssessmentRepository assessments, Outbox outbox, Clock clock) {
        this.breaches = breaches;
        this.assessments = assessments;
        this.outbox = outbox;
        this.clock = clock;
    }

    public record NewAssessment(Likelihood likelihood, Severity severity, List<String> factors, String consequences,
                                String reasons) {
    }

    @WithTransaction
    public Uni<RiskAssessment> assess(UUID breachId, NewAssessment request, String actor) {
        return Breaches.require(breaches.lock(breachId), breachId).chain(breach -> {
            if (breach.status().closedAt().isPresent()) {
                return Breaches.<RiskAssessment>refuse(ProblemType.CONFLICT, "the breach is closed");
            }
            Instant now = clock.instant();
            RiskAssessment assessment = RiskAssessment.of(breachId, request.likelihood(), request.severity(),
                    request.factors(), request.consequences(), request.reasons(), actor, now);
            BreachStatus status = new BreachStatus(Optional.of(assessment.riskLevel()),
                    breach.status().icoReportedAt(), breach.status().closedAt());
            return assessments.add(assessment)
                    .chain(() -> breaches.updateStatus(breachId, status))
                    .chain(() -> outbox.append(BreachEventMapper.assessed(assessment, breach.report())))
                    .replaceWith(assessment);
        });
    }

    @WithSession
    public Uni<List<RiskAssessment>> list(UUID breachId) {
        return Breaches.require(breaches.find(breachId), breachId).chain(() -> assessments.list(breachId));
    }
}
