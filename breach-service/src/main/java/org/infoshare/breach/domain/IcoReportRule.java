package org.infoshare.breach.domain;

import org.infoshare.rules.RuleResult;

import java.util.Optional;

import org.infoshare.events.vocabulary.BreachReportKind;

/**
 * P14.2 and Art. 33(1), (4): when a report may go to the ICO. The breach must be assessed as
 * reportable; there is one initial report, then any number of follow-ups; an initial report made
 * after the 72-hour deadline must carry the reasons for the delay. A follow-up is never "late":
 * Art. 33(4) lets information be given in phases after the initial report.
 */
public final class IcoReportRule {

    public static final String ID = "P14.2";

    private IcoReportRule() {
    }

    /** Why the report cannot be made, or empty when it can. */
    public static Optional<RuleResult> problem(BreachReportKind kind, BreachStatus status,
                                           Optional<RiskAssessment> latest, boolean initialMade, boolean late,
                                           Optional<String> delayReasons) {
        if (status.closedAt().isPresent()) {
            return Optional.of(RuleResult.refuseInState(ID, "the breach is closed"));
        }
        if (latest.isEmpty()) {
            return Optional.of(RuleResult.refuseInState(ID, "assess the risk to individuals before reporting to the ICO"));
        }
        if (!latest.get().reportable()) {
            return Optional.of(RuleResult.refuseInState(ID, "the latest assessment found no risk to individuals; re-assess before reporting"));
        }
        if (kind == BreachReportKind.INITIAL && initialMade) {
            return Optional.of(RuleResult.refuseInState(ID, "the initial report was already made; send a follow-up"));
        }
        if (kind == BreachReportKind.FOLLOW_UP && !initialMade) {
            return Optional.of(RuleResult.refuseInState(ID, "make the initial report before a follow-up"));
        }
        if (kind == BreachReportKind.INITIAL && late && delayReasons.filter(r -> !r.isBlank()).isEmpty()) {
            return Optional.of(RuleResult.refuse(ID, "the 72-hour deadline has passed: give the reasons for the delay (delayReasons)"));
        }
        return Optional.empty();
    }

    /** Whether this report counts as late: only an initial report made after the deadline. */
    public static boolean late(BreachReportKind kind, IcoClock clock, java.time.Instant reportedAt) {
        return kind == BreachReportKind.INITIAL && clock.isLate(reportedAt);
    }
}
