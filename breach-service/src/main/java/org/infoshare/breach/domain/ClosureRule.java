package org.infoshare.breach.domain;

import org.infoshare.rules.RuleResult;

import java.util.ArrayList;
import java.util.List;

import org.infoshare.events.vocabulary.RiskLevel;

/**
 * P14.4: a breach closes only when its actions are done. Investigating the cause and a step to avoid
 * a repetition are always required; disciplinary action and mitigation where appropriate. The
 * duties of P14.2 and P14.3 must be met first: assessed, reported to the ICO when reportable, and
 * every affected person notified when the risk is high.
 */
public final class ClosureRule {

    public static final String ID = "P14.4";

    private ClosureRule() {
    }

    /** Everything that still stands in the way of closing; empty when it may close. */
    public static List<RuleResult> problems(BreachStatus status, List<RemedialAction> actions, int tracedSubjects,
                                            IcoReportDraft.NoticeCount notices) {
        List<RuleResult> problems = new ArrayList<>();
        if (status.closedAt().isPresent()) {
            problems.add(RuleResult.refuseInState(ID, "the breach is already closed"));
            return problems;
        }
        if (!status.assessed()) {
            problems.add(RuleResult.refuseInState(ID, "the risk to individuals has not been assessed"));
        } else {
            if (status.reportable() && status.icoReportedAt().isEmpty()) {
                problems.add(RuleResult.refuseInState(ID, "the breach is reportable and has not been reported to the ICO"));
            }
            if (status.riskLevel().get() == RiskLevel.HIGH_RISK
                    && (notices.sent() < notices.total() || notices.total() < tracedSubjects)) {
                problems.add(RuleResult.refuseInState(ID, "not every affected person has been notified"));
            }
        }
        for (ActionKind required : List.of(ActionKind.INVESTIGATION, ActionKind.PREVENTION)) {
            if (actions.stream().noneMatch(a -> a.kind() == required)) {
                problems.add(RuleResult.refuseInState(ID, "no " + required + " action recorded"));
            }
        }
        actions.stream().filter(a -> !a.done())
                .forEach(a -> problems.add(RuleResult.refuseInState(ID, a.kind() + " action " + a.id() + " is not done")));
        return problems;
    }
}
