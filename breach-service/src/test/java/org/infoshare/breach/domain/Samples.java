package org.infoshare.breach.domain;

import org.infoshare.events.vocabulary.Likelihood;
import org.infoshare.events.vocabulary.RiskLevel;
import org.infoshare.events.vocabulary.Severity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Domain objects for the rule tests. */
final class Samples {

    static final Instant AWARE = Instant.parse("2026-03-29T01:30:00Z");

    private Samples() {
    }

    static BreachReport report() {
        return new BreachReport(UUID.randomUUID(), new Reporter("staff-1", Reporter.Kind.STAFF, Optional.empty()),
                Certainty.CONFIRMED, "Survey answers e-mailed to the wrong care home", "The care home told us",
                AWARE.minusSeconds(3600), AWARE, false, List.of("health"), BreachScope.none(), AWARE.plusSeconds(600),
                AWARE, "hw-west-northants");
    }

    static RiskAssessment assessment(UUID breachId, Likelihood likelihood, Severity severity) {
        return RiskAssessment.of(breachId, likelihood, severity, List.of("health data"), "distress",
                "reasons", "dpo-1", AWARE.plusSeconds(3600));
    }

    static BreachStatus status(RiskLevel risk, Instant icoReported, Instant closed) {
        return new BreachStatus(Optional.ofNullable(risk), Optional.ofNullable(icoReported), Optional.ofNullable(closed));
    }

    static RemedialAction action(ActionKind kind, boolean done) {
        return new RemedialAction(UUID.randomUUID(), UUID.randomUUID(), kind, kind + " step", "team-governance",
                LocalDate.parse("2026-04-10"), done ? Optional.of("done") : Optional.empty(), AWARE,
                done ? Optional.of(AWARE.plusSeconds(86_400)) : Optional.empty());
    }
}
