package org.infoshare.breach.domain;

import org.infoshare.events.vocabulary.Likelihood;
import org.infoshare.events.vocabulary.RiskLevel;
import org.infoshare.events.vocabulary.Severity;
import org.infoshare.events.vocabulary.NoticeChannel;
import org.infoshare.events.vocabulary.NoticeDispatchFailure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HighRiskNoticeRuleTest {

    private static final UUID BREACH = UUID.randomUUID();
    private static final BreachStatus HIGH = Samples.status(RiskLevel.HIGH_RISK, null, null);

    @Test
    @DisplayName("P14.3 people are notified only where the latest assessment finds a high risk")
    void onlyHighRisk() {
        assertThat(HighRiskNoticeRule.problemToPrepare(HIGH,
                Optional.of(Samples.assessment(BREACH, Likelihood.LIKELY, Severity.SEVERE)), "advice", "support"))
                .isEmpty();
        assertThat(HighRiskNoticeRule.problemToPrepare(Samples.status(RiskLevel.RISK, null, null),
                Optional.of(Samples.assessment(BREACH, Likelihood.POSSIBLE, Severity.SIGNIFICANT)), "advice", "support"))
                .map(Refusal::cause).contains(Refusal.Cause.STATE);
        assertThat(HighRiskNoticeRule.problemToPrepare(BreachStatus.open(), Optional.empty(), "advice", "support"))
                .isPresent();
    }

    @Test
    @DisplayName("P14.3 a notice advises the person of their rights and records the support offered")
    void adviceAndSupport() {
        Optional<RiskAssessment> high = Optional.of(Samples.assessment(BREACH, Likelihood.LIKELY, Severity.SEVERE));
        assertThat(HighRiskNoticeRule.problemToPrepare(HIGH, high, " ", "support")).map(Refusal::cause)
                .contains(Refusal.Cause.INPUT);
        assertThat(HighRiskNoticeRule.problemToPrepare(HIGH, high, "advice", "")).isPresent();
        String advice = HighRiskNoticeRule.advice("Watch for calls claiming to be from your GP. ");
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

        assertThat(HighRiskNoticeRule.problemToMarkSent(pending, now, now)).isEmpty();
        assertThat(HighRiskNoticeRule.problemToMarkSent(sent, now, now)).map(Refusal::cause)
                .contains(Refusal.Cause.STATE);
        assertThat(HighRiskNoticeRule.problemToMarkSent(pending, now.plusSeconds(1), now)).isPresent();
        assertThat(HighRiskNoticeRule.problemToMarkSent(pending, prepared.minusSeconds(1), now)).isPresent();
        assertThat(HighRiskNoticeRule.problemToMarkSent(failed, now, now)).as("told another way after a failed dispatch")
                .isEmpty();
    }

    @Test
    @DisplayName("P14.3 consent-service's dispatch answer settles a pending notice only, never one already sent or failed")
    void dispatchSettlesPendingOnly() {
        Instant prepared = Instant.parse("2026-03-30T09:00:00Z");
        IndividualNotice pending = pending(prepared);
        assertThat(HighRiskNoticeRule.dispatchApplies(pending)).isTrue();
        for (NoticeStatus settled : new NoticeStatus[] {NoticeStatus.SENT, NoticeStatus.FAILED}) {
            IndividualNotice notice = new IndividualNotice(pending.id(), BREACH, "subj-1", settled, "a", "s",
                    Optional.empty(), prepared, Optional.empty(), Optional.empty(), Optional.empty());
            assertThat(HighRiskNoticeRule.dispatchApplies(notice)).as(settled.name()).isFalse();
        }
    }

    private static IndividualNotice pending(Instant prepared) {
        return new IndividualNotice(UUID.randomUUID(), BREACH, "subj-1", NoticeStatus.PENDING, "a", "s",
                Optional.empty(), prepared, Optional.empty(), Optional.of(NoticeChannel.EMAIL), Optional.empty());
    }
}
