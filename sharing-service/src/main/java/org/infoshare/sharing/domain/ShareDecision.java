package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.ShareOutcome;

import java.util.List;
import java.util.Objects;

/** The outcome of a share request with every rule's finding; {@code reasons} are the deciding rule ids. */
public record ShareDecision(ShareOutcome outcome, List<String> reasons, List<RuleResult> findings) {

    public ShareDecision {
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(reasons);
        findings = List.copyOf(findings);
    }
}
