package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.ShareOutcome;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A share request with its current decision: the outcome, the deciding rule ids, every finding as
 * explained at the time, who decided (the engine or the DPO) and the DPO's written justification.
 */
public record DecidedShare(ShareRequest request, ShareOutcome outcome, List<String> reasons, List<String> findings,
                           String decidedBy, Instant decidedAt, Optional<String> dpoJustification) {

    public static final String ENGINE = "sharing-service";

    public DecidedShare {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(reasons);
        findings = List.copyOf(findings);
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(dpoJustification, "dpoJustification");
    }

    public static DecidedShare of(ShareRequest request, ShareDecision decision, String decidedBy, Instant at,
                                  Optional<String> dpoJustification) {
        return new DecidedShare(request, decision.outcome(), decision.reasons(),
                decision.findings().stream().map(RuleResult::toString).toList(), decidedBy, at, dpoJustification);
    }
}
