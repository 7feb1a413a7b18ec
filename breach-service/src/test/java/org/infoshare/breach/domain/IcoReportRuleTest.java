package org.infoshare.breach.domain;

import org.infoshare.events.vocabulary.BreachReportKind;
import org.infoshare.events.vocabulary.Likelihood;
import org.infoshare.events.vocabulary.RiskLevel;
import org.infoshare.events.vocabulary.Severity;
import org.infoshare.rules.RuleResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.events.vocabulary.BreachReportKind.FOLLOW_UP;
import static org.infoshare.events.vocabulary.BreachReportKind.INITIAL;

class IcoReportRuleTest {

    private static final UUID BREACH = UUID.randomUUID();
    private static final Optional<RiskAssessment> RISK =
            Optional.of(Samples.assessment(BREACH, Likelihood.POSSIBLE, Severity.SIGNIFICANT));
    private static final BreachStatus ASSESSED = Samples.status(RiskLevel.RISK, null, null);

    @Test
    @DisplayName("P14.2 a breach assessed as a risk gets one initial report, then follow-ups")
    void initialThenFollowUps() {
        assertThat(IcoReportRule.problem(INITIAL, ASSESSED, RISK, false, false, Optional.empty())).isEmpty();
        assertThat(IcoReportRule.problem(INITIAL, ASSESSED, RISK, true, false, Optional.empty()))
                .map(RuleResult::explanation).contains("the initial report was already made; send a follow-up");
        assertThat(IcoReportRule.problem(FOLLOW_UP, ASSESSED, RISK, false, false, Optional.empty()))
                .map(RuleResult::explanation).contains("make the initial report before a follow-up");
        assertThat(IcoReportRule.problem(FOLLOW_UP, ASSESSED, RISK, false, false, Optional.empty()))
                .map(RuleResult::ruleId).contains("P14.2");
        assertThat(IcoReportRule.problem(FOLLOW_UP, ASSESSED, RISK, true, false, Optional.empty())).isEmpty();
    }

    @Test
    @DisplayName("P14.2 no report before an assessment, nor when the latest one found no risk")
    void assessedAsReportableFirst() {
        assertThat(IcoReportRule.problem(INITIAL, BreachStatus.open(), Optional.empty(), false, false, Optional.empty()))
                .map(RuleResult::cause).contains(RuleResult.Cause.STATE);
        Optional<RiskAssessment> noRisk = Optional.of(Samples.assessment(BREACH, Likelihood.REMOTE, Severity.MINIMAL));
        assertThat(IcoReportRule.problem(INITIAL, Samples.status(RiskLevel.NO_RISK, null, null), noRisk, false, false,
                Optional.empty())).isPresent();
    }

    @Test
    @DisplayName("P14.2 Art. 33(1) an initial report after the 72 hours must give the reasons for the delay")
    void lateReportNeedsReasons() {
        IcoClock clock = new IcoClock(Samples.AWARE);
        boolean late = IcoReportRule.late(INITIAL, clock, clock.deadline().plus(Duration.ofMinutes(1)));
        assertThat(late).isTrue();
        assertThat(IcoReportRule.problem(INITIAL, ASSESSED, RISK, false, late, Optional.empty()))
                .map(RuleResult::cause).contains(RuleResult.Cause.INPUT);
        assertThat(IcoReportRule.problem(INITIAL, ASSESSED, RISK, false, late, Optional.of("  "))).isPresent();
        assertThat(IcoReportRule.problem(INITIAL, ASSESSED, RISK, false, late,
                Optional.of("the partner told us only on day four"))).isEmpty();
    }

    @Test
    @DisplayName("P14.2 Art. 33(4) follow-ups give information in phases and are never late; an on-time initial report is not")
    void followUpsAreNotLate() {
        IcoClock clock = new IcoClock(Samples.AWARE);
        assertThat(IcoReportRule.late(FOLLOW_UP, clock, clock.deadline().plus(Duration.ofDays(10)))).isFalse();
        assertThat(IcoReportRule.late(INITIAL, clock, clock.deadline())).isFalse();
    }

    @Test
    @DisplayName("P14.2 the draft is pre-filled with the Art. 33(3) content from the breach, the traced numbers, the assessment and the actions")
    void draftIsPrefilled() {
        BreachReport report = Samples.report();
        AffectedParties affected = AffectedParties.of(List.of(
                new TracedRelease(UUID.randomUUID(), Optional.of("subj-1"), "partner-a", 0, List.of("health")),
                new TracedRelease(UUID.randomUUID(), Optional.of("subj-1"), "partner-c", 1, List.of("health"))),
                report.dataCategories());
        RiskAssessment high = Samples.assessment(report.id(), Likelihood.LIKELY, Severity.SEVERE);

        IcoReportContent content = IcoReportDraft.prefill(report, affected, high,
                List.of(Samples.action(ActionKind.MITIGATION, true), Samples.action(ActionKind.PREVENTION, false)),
                new IcoReportDraft.NoticeCount(1, 0));

        assertThat(content.whatHappened()).isEqualTo(report.summary());
        assertThat(content.awareAt()).isEqualTo(report.awareAt());
        assertThat(content.approximateSubjects()).isEqualTo(1);
        assertThat(content.approximateRecords()).isEqualTo(2);
        assertThat(content.recipientsInvolved()).containsExactly("partner-a", "partner-c");
        assertThat(content.categoriesOfData()).containsExactly("health");
        assertThat(content.categoriesOfPeople()).containsExactly(IcoReportDraft.DEFAULT_PEOPLE);
        assertThat(content.likelyConsequences()).isEqualTo("distress");
        assertThat(content.measuresTaken()).startsWith("MITIGATION");
        assertThat(content.measuresProposed()).startsWith("PREVENTION").contains("due 2026-04-10");
        assertThat(content.individualsTold()).isEqualTo("0 of 1 notified");
        assertThat(content.riskLevel()).isEqualTo(RiskLevel.HIGH_RISK);
    }

    @Test
    @DisplayName("P14.2 P14.3 below high risk the draft says whether people were told anyway, and how many")
    void individualsToldBelowHighRisk() {
        BreachReport report = Samples.report();
        AffectedParties affected = AffectedParties.of(List.of(
                new TracedRelease(UUID.randomUUID(), Optional.of("subj-1"), "partner-a", 0, List.of("health"))),
                report.dataCategories());
        RiskAssessment risk = Samples.assessment(report.id(), Likelihood.POSSIBLE, Severity.SIGNIFICANT);
        assertThat(IcoReportDraft.prefill(report, affected, risk, List.of(), new IcoReportDraft.NoticeCount(0, 0))
                .individualsTold()).isEqualTo("No: the risk to them is not assessed as high (Art. 34)");
        assertThat(IcoReportDraft.prefill(report, affected, risk, List.of(), new IcoReportDraft.NoticeCount(3, 2))
                .individualsTold()).isEqualTo("2 of 3 notified, though the risk to them is not assessed as high (Art. 34)");
    }

    @Test
    @DisplayName("P14.2 no report to a closed breach")
    void closedBreachTakesNoReport() {
        assertThat(IcoReportRule.problem(BreachReportKind.FOLLOW_UP,
                Samples.status(RiskLevel.RISK, Samples.AWARE, Samples.AWARE), RISK, true, false, Optional.empty()))
                .map(RuleResult::explanation).contains("the breach is closed");
    }
}
