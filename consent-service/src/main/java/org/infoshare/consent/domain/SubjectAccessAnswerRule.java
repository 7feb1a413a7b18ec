package org.infoshare.consent.domain;

import org.infoshare.rules.RuleResult;

import java.util.List;
import java.util.Optional;

/**
 * P12.2: the DPO reviews one assembled answer and releases it once. Nothing is reviewed or released
 * before the requester's identity is verified or while a service's part is missing (a missing part
 * is escalated at the deadline, never released as a silent gap); the release needs the review, and
 * a released answer is not released again. Each check answers why not (a refusal by the state the
 * request is in), or empty.
 */
public final class SubjectAccessAnswerRule {

    public static final String ID = "P12.2";

    private SubjectAccessAnswerRule() {
    }

    public static Optional<RuleResult> review(SubjectAccessAnswer answer) {
        if (answer.state().released().isPresent()) {
            return refused("the answer to request " + answer.request().id() + " was released already");
        }
        return assembled(answer);
    }

    public static Optional<RuleResult> release(SubjectAccessAnswer answer) {
        if (answer.state().released().isPresent()) {
            return refused("the answer to request " + answer.request().id() + " was released once, at "
                    + answer.state().released().get().at() + "; it is not released again");
        }
        Optional<RuleResult> incomplete = assembled(answer);
        if (incomplete.isPresent()) {
            return incomplete;
        }
        if (answer.state().reviewed().isEmpty()) {
            return refused("the DPO reviews the assembled answer to request " + answer.request().id()
                    + " before it is released");
        }
        return Optional.empty();
    }

    private static Optional<RuleResult> assembled(SubjectAccessAnswer answer) {
        if (!answer.request().identityVerified()) {
            return refused("nothing is released before the requester's identity is verified");
        }
        List<String> missing = answer.missingParts();
        if (!missing.isEmpty()) {
            return refused("the answer to request " + answer.request().id() + " is missing the part of "
                    + String.join(", ", missing));
        }
        return Optional.empty();
    }

    private static Optional<RuleResult> refused(String explanation) {
        return Optional.of(RuleResult.refuseInState(ID, explanation));
    }
}
