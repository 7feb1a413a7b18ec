package org.infoshare.events.breach;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.vocabulary.Likelihood;
import org.infoshare.events.vocabulary.RiskLevel;
import org.infoshare.events.vocabulary.Severity;

/**
 * Emitted by breach-service when the DPO records the risk assessment of a breach (P14.2).
 *
 * @param breachId The breach.
 * @param likelihood Likelihood of harm.
 * @param severity Severity of harm.
 * @param riskLevel Overall risk.
 * @param reportable True when it must be reported to the ICO.
 * @param icoDeadline 72 hours after awareness (Art. 33).
 * @param assessedBy Opaque id of the assessing actor.
 * @param assessedAt When it was assessed.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BreachAssessed(
        UUID breachId,
        Likelihood likelihood,
        Severity severity,
        RiskLevel riskLevel,
        boolean reportable,
        Instant icoDeadline,
        String assessedBy,
        Instant assessedAt) implements BreachEvent {

    public BreachAssessed {
        requireNonNull(breachId, "breachId");
        requireNonNull(likelihood, "likelihood");
        requireNonNull(severity, "severity");
        requireNonNull(riskLevel, "riskLevel");
        requireNonNull(icoDeadline, "icoDeadline");
        requireNonNull(assessedBy, "assessedBy");
        requireNonNull(assessedAt, "assessedAt");
    }
}
