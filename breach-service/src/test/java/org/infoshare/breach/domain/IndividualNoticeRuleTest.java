package org.infoshare.breach.domain;

import org.infoshare.events.vocabulary.Likelihood;
import org.infoshare.events.vocabulary.RiskLevel;
import org.infoshare.events.vocabulary.Severity;
import org.infoshare.events.vocabulary.NoticeChannel;
import org.infoshare.events.vocabulary.NoticeDispatchFailure;
import org.infoshare.rules.RuleResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IndividualNoticeRuleTest {

    private static final UUID BREACH = UUID.randomUUID();
    private static final BreachStatus HIGH = Samples.status(RiskLevel.HIGH_RISK, null, null);

    @Test
    @DisplayName("P14.3 people may be told at any assessed risk level, but not before the risk is assessed nor once closed")
    void anyAssessedRiskLevel() {
        assertThat(IndividualNoticeRule.problemToPrepare(HIGH,
                Optional.of(Samples.assessment(BREACH, Likelihood.LIKELY, Severity.SEVERE)), "advice", "support"))
                .isEmpty();
        assertThat(IndividualNoticeRule.problemToPrepare(Samples.status(RiskLevel.RISK, null, null),
                Optional.of(Samples.assessment(BREACH, Likelihood.POSSIBLE, Severity.SIGNIFICANT)), "advice", "support"))
                .isEmpty();
        assertThat(IndividualNoticeRule.problemToPrepare(Samples.status(RiskLevel.NO_RISK, null, null),
                Optional.of(Samples.assessment(BREACH, Likelihood.REMOTE, Severity.MINIMAL)), "advice", "support"))
                .isEmpty();
        assertThat(IndividualNoticeRule.problemToPrepare(BreachStatus.open(), Optional.empty(), "advice", "support"))
                .map(RuleResult::cause).contains(RuleResult.Cause.STATE);
    }

    @Test
    @DisplayName("P14.3 Art. 34 telling people is required only where the latest assessment finds a high risk")
    void requiredAtHighRisk() {
        assertThat(IndividualNoticeRule.required(Optional.of(Samples.assessment(BREACH, Likelihood.LIKELY,
                Severity.SEVERE)))).isTrue();
        assertThat(IndividualNoticeRule.required(Optional.of(Samples.assessment(BREACH, Likelihood.POSSIBLE,
                Severity.SIGNIFICANT)))).isFalse();
        assertThat(IndividualNoticeRule.required(Optional.of(Samples.assessment(BREACH, Likelihood.REMOTE,
                Severity.MINIMAL)))).isFalse();
        assertThat(IndividualNoticeRule.required(Optional.empty())).isFalse();
    }

    @Test
    @DisplayName("P14.3 a notice advises the person of their rights and records the support offered")
    void adviceAndSupport() {
        Optional<RiskAssessment> high = Optional.of(Samples.assessment(BREACH, Likelihood.LIKELY, Severity.SEVERE));
        assertThat(IndividualNoticeRule.problemToPrepare(HIGH, high, " ", "support")).map(RuleResult::cause)
                .contains(RuleResult.Cause.INPUT);
        assertThat(IndividualNoticeRule.problemToPrepare(HIGH, high, "advice", "")).isPresent();
        String advice = IndividualNoticeRule.advice("Watch for calls claiming to be from your GP. ");
        assertThat(advice).startsWith("Watch for calls").contains("complain to the Information Commissioner's Office")
                .contains("compensation");
    }

    @Test
    @DisplayName("P14.3 a notice is sent once, and not at a time in the future or before it was prepared")
    void sentOnce() {
        Instant prepared = Instant.parse("2026-03-30T09:00:00Z");
        Instant now = prepared.plusSeconds(3600);
        IndividualNotice pending = pending(prepared);
        IndividualNotice sent = new IndividualNotice(pending.id(), BREACH, "subj-1", NoticeStatus.SENT, "a", "s",
                Optional.of(NoticeChannel.LETTER), prepared, Optional.of(now), Optional.empty(), Optional.empty());
        IndividualNotice failed = new IndividualNotice(pending.id(), BREACH, "subj-1", NoticeStatus.FAILED, "a", "s",
                Optional.empty(), prepared, Optional.empty(), Optional.empty(),
                Optional.of(NoticeDispatchFailure.NO_CONTACT_DETAILS));

        assertThat(IndividualNoticeRule.problemToMarkSent(pending, now, now)).isEmpty();
        assertThat(IndividualNoticeRule.problemToMarkSent(sent, now, now)).map(RuleResult::cause)
                .contains(RuleResult.Cause.STATE);
        assertThat(IndividualNoticeRule.problemToMarkSent(pending, now.plusSeconds(1), now)).isPresent();
        assertThat(IndividualNoticeRule.problemToMarkSent(pending, prepared.minusSeconds(1), now)).isPresent();
        assertThat(IndividualNoticeRule.problemToMarkSent(failed, now, now)).as("told another way after a failed dispatch")
                .isEmpty();
    }

    @Test
    @DisplayName("P14.3 consent-service's dispatch answer settles a pending notice only, never one already sent or failed")
    void dispatchSettlesPendingOnly() {
        Instant prepared = Instant.parse("2026-03-30T09:00:00Z");
        IndividualNotice pending = pending(prepared);
        assertThat(IndividualNoticeRule.dispatchApplies(pending)).isTrue();
        for (NoticeStatus settled : new NoticeStatus[] {NoticeStatus.SENT, NoticeStatus.FAILED}) {
            IndividualNotice notice = new IndividualNotice(pending.id(), BREACH, "subj-1", settled, "a", "s",
                    Optional.empty(), prepared, Optional.empty(), Optional.empty(), Optional.empty());
            assertThat(IndividualNoticeRule.dispatchApplies(notice)).as(settled.name()).isFalse();
        }
    }

    private static IndividualNotice pending(Instant prepared) {
        return new IndividualNotice(UUID.randomUUID(), BREACH, "subj-1", NoticeStatus.PENDING, "a", "s",
                Optional.empty(), prepared, Optional.empty(), Optional.of(NoticeChannel.EMAIL), Optional.empty());
    }
}
