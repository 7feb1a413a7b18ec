package org.infoshare.breach.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.infoshare.events.vocabulary.Likelihood;
import org.infoshare.events.vocabulary.RiskLevel;
import org.infoshare.events.vocabulary.Severity;

/**
 * P14.2: the DPO's assessment of the impact on individuals: likelihood and severity with the
 * factors that led to them, the likely consequences, and the decision whether to report to the
 * ICO with its reasons. The decision follows the {@link RiskMatrix}; the reasons are always
 * recorded, because a decision not to report must be justified in the internal log (Art. 33(5)).
 */
public record RiskAssessment(
        UUID id,
        UUID breachId,
        Likelihood likelihood,
        Severity severity,
        List<String> factors,
        String consequences,
        String reasons,
        RiskLevel riskLevel,
        String assessedBy,
        Instant assessedAt) {

    public RiskAssessment {
        Objects.requireNonNull(likelihood, "likelihood");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(riskLevel, "riskLevel");
        factors = List.copyOf(factors);
    }

    public static RiskAssessment of(UUID breachId, Likelihood likelihood, Severity severity, List<String> factors,
                                    String consequences, String reasons, String assessedBy, Instant assessedAt) {
        return new RiskAssessment(UUID.randomUUID(), breachId, likelihood, severity, factors, consequences, reasons,
                RiskMatrix.level(likelihood, severity), assessedBy, assessedAt);
    }

    /** Art. 33(1): report unless the breach is unlikely to result in a risk to people. */
    public boolean reportable() {
        return riskLevel != RiskLevel.NO_RISK;
    }

    /** Art. 34(1): tell the people affected when the risk to them is high. */
    public boolean individualsMustBeTold() {
        return riskLevel == RiskLevel.HIGH_RISK;
    }
}
