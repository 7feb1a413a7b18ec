package org.infoshare.sharing.service;

import org.infoshare.rules.RuleResult;
import org.infoshare.web.Problem;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.util.List;

/** The problems the services answer with, kept in one place. */
final class Problems {

    private Problems() {
    }

    static ProblemException unprocessable(String field, List<String> reasons) {
        return new ProblemException(ProblemType.UNPROCESSABLE, String.join("; ", reasons),
                reasons.stream().map(reason -> new Problem.FieldError(field, reason)).toList());
    }

    /** Refusals of what the caller sent: each as a field error, the rule ids as the problem's {@code rules}. */
    static ProblemException refused(String field, List<RuleResult> refusals) {
        List<String> reasons = refusals.stream().map(RuleResult::describe).toList();
        return new ProblemException(Problem.refusedBy(ProblemType.UNPROCESSABLE, String.join("; ", reasons),
                reasons.stream().map(reason -> new Problem.FieldError(field, reason)).toList(), RuleResult.ids(refusals)));
    }

    static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + what);
    }

    static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }
}
