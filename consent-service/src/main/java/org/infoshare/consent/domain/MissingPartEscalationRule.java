package org.infoshare.consent.domain;

import org.infoshare.rules.RuleResult;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * P12.2: a service's part still missing when a verified request reaches its due date is referred
 * to the DPO (escalated), once, instead of the answer going out with a silent gap. A paused request
 * is not at its deadline (the pause moves it); a released answer needs nothing more.
 */
public final class MissingPartEscalationRule {

    public static final String ID = "P12.2";

    private MissingPartEscalationRule() {
    }

    public static Optional<RuleResult> atDeadline(SubjectAccessRequest request, List<SubjectAccessPart> parts,
                                                  SubjectAccessAnswerState state, LocalDate today) {
        List<String> missing = SubjectAccessParts.missing(parts);
        if (!request.identityVerified() || request.pause().isPresent() || state.released().isPresent()
                || state.escalated().isPresent() || missing.isEmpty() || today.isBefore(request.dueDate())) {
            return Optional.empty();
        }
        return Optional.of(RuleResult.referToDpo(ID, "request " + request.id() + " is due " + request.dueDate()
                + " and the part of " + String.join(", ", missing) + " has not arrived"));
    }
}
