package org.infoshare.breach.domain;

import org.infoshare.events.vocabulary.RiskLevel;
import org.infoshare.rules.RuleResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClosureRuleTest {

    private static final IcoReportDraft.NoticeCount NONE = new IcoReportDraft.NoticeCount(0, 0);

    @Test
    @DisplayName("P14.4 a breach closes only when every action is done")
    void openActionBlocksClosure() {
        BreachStatus reported = Samples.status(RiskLevel.RISK, Samples.AWARE, null);
        RemedialAction open = Samples.action(ActionKind.MITIGATION, false);
        List<RemedialAction> actions = List.of(Samples.action(ActionKind.INVESTIGATION, true),
                Samples.action(ActionKind.PREVENTION, true), open);

        assertThat(explained(ClosureRule.problems(reported, actions, 0, NONE)))
                .containsExactly("MITIGATION action " + open.id() + " is not done");
        assertThat(explained(ClosureRule.problems(reported, actions.subList(0, 2), 0, NONE))).isEmpty();
        assertThat(ClosureRule.problems(reported, actions, 0, NONE)).as("a P14.4 refusal the breach must change to lift")
                .singleElement().extracting(RuleResult::ruleId, RuleResult::cause)
                .containsExactly("P14.4", RuleResult.Cause.STATE);
    }

    @Test
    @DisplayName("P14.4 investigating the cause and a step against repetition are always required")
    void investigationAndPreventionRequired() {
        BreachStatus noRisk = Samples.status(RiskLevel.NO_RISK, null, null);
        assertThat(explained(ClosureRule.problems(noRisk, List.of(), 0, NONE)))
                .containsExactly("no INVESTIGATION action recorded", "no PREVENTION action recorded");
        assertThat(explained(ClosureRule.problems(noRisk, List.of(Samples.action(ActionKind.INVESTIGATION, true),
                Samples.action(ActionKind.PREVENTION, true)), 0, NONE))).isEmpty();
    }

    @Test
    @DisplayName("P14.4 a breach closes only after it was assessed, reported when reportable, and every person told when the risk is high")
    void dutiesFirst() {
        List<RemedialAction> done = List.of(Samples.action(ActionKind.INVESTIGATION, true),
                Samples.action(ActionKind.PREVENTION, true));
        assertThat(explained(ClosureRule.problems(BreachStatus.open(), done, 0, NONE)))
                .containsExactly("the risk to individuals has not been assessed");
        assertThat(explained(ClosureRule.problems(Samples.status(RiskLevel.RISK, null, null), done, 0, NONE)))
                .containsExactly("the breach is reportable and has not been reported to the ICO");
        BreachStatus highReported = Samples.status(RiskLevel.HIGH_RISK, Samples.AWARE, null);
        assertThat(explained(ClosureRule.problems(highReported, done, 2, new IcoReportDraft.NoticeCount(2, 1))))
                .containsExactly("not every affected person has been notified");
        assertThat(explained(ClosureRule.problems(highReported, done, 3, new IcoReportDraft.NoticeCount(2, 2))))
                .containsExactly("not every affected person has been notified");
        assertThat(explained(ClosureRule.problems(highReported, done, 2, new IcoReportDraft.NoticeCount(2, 2)))).isEmpty();
        assertThat(explained(ClosureRule.problems(Samples.status(RiskLevel.RISK, Samples.AWARE, Samples.AWARE), done, 0, NONE)))
                .containsExactly("the breach is already closed");
    }

    @Test
    @DisplayName("P14.3 P14.4 notices given by choice below high risk do not hold the breach open; at high risk every one must be sent")
    void noticesRequiredOnlyAtHighRisk() {
        List<RemedialAction> done = List.of(Samples.action(ActionKind.INVESTIGATION, true),
                Samples.action(ActionKind.PREVENTION, true));
        IcoReportDraft.NoticeCount halfSent = new IcoReportDraft.NoticeCount(2, 1);
        assertThat(explained(ClosureRule.problems(Samples.status(RiskLevel.RISK, Samples.AWARE, null), done, 2, halfSent))).isEmpty();
        assertThat(explained(ClosureRule.problems(Samples.status(RiskLevel.NO_RISK, null, null), done, 2, halfSent))).isEmpty();
        assertThat(explained(ClosureRule.problems(Samples.status(RiskLevel.HIGH_RISK, Samples.AWARE, null), done, 2, halfSent)))
                .containsExactly("not every affected person has been notified");
    }

    private static List<String> explained(List<RuleResult> refusals) {
        return refusals.stream().map(RuleResult::explanation).toList();
    }
}
