package org.infoshare.breach.api;

import org.infoshare.breach.domain.RiskAssessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A risk assessment with the decision it leads to (P14.2, P14.3). */
public record AssessmentView(UUID id, UUID breachId, String likelihood, String severity, List<String> factors,
                             String consequences, String reasons, String riskLevel, boolean reportToIco,
                             boolean notifyIndividuals, String assessedBy, Instant assessedAt) {

    static AssessmentView of(RiskAssessment a) {
        return new AssessmentView(a.id(), a.breachId(), a.likelihood().name(), a.severity().name(), a.factors(),
                a.consequences(), a.reasons(), a.riskLevel().name(), a.reportable(), a.individualsMustBeTold(),
                a.assessedBy(), a.assessedAt());
    }
}
