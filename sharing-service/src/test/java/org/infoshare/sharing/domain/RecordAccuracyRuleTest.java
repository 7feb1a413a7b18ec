package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.ShareOutcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** P9.1 (accuracy) and P2.2 (source and medium) of each shared record. */
class RecordAccuracyRuleTest {

    private static final LocalDate TODAY = LocalDate.ofInstant(Shares.now(), ZoneOffset.UTC);
    private static final Map<String, Map<String, Object>> RECORD = Map.of("experience", Map.of("theme", "discharge"));

    private static ShareRequest verifiedDaysAgo(long... days) {
        List<Map<String, Map<String, Object>>> records = java.util.Arrays.stream(days).mapToObj(d -> RECORD).toList();
        List<RecordSource> sources = java.util.Arrays.stream(days).mapToObj(d -> new RecordSource("ward-7 notes",
                RecordMedium.CONVERSATION, TODAY.minusDays(d))).toList();
        return Shares.consentShare().withPayload(new Payload(records, List.of(), sources));
    }

    private static RuleResult finding(ShareRequest share) {
        return RecordAccuracyRule.check(Shares.context(share)).orElseThrow();
    }

    @Test
    @DisplayName("P9.1 records verified within the stale-after period (default P365D) satisfy the rule")
    void fresh() {
        assertThat(finding(verifiedDaysAgo(0, 365)).effect()).isEqualTo(RuleResult.Effect.SATISFIED);
        assertThat(ShareDecisionEngine.decide(Shares.context(verifiedDaysAgo(30))).outcome())
                .isEqualTo(ShareOutcome.APPROVED);
    }

    @Test
    @DisplayName("P9.1 a record last verified before the stale-after period refers the share to the DPO, naming it")
    void stale() {
        RuleResult stale = finding(verifiedDaysAgo(10, 366));
        assertThat(stale.effect()).isEqualTo(RuleResult.Effect.REFER_TO_DPO);
        assertThat(stale.ruleId()).isEqualTo("P9.1");
        assertThat(stale.explanation()).contains("[1]");
        ShareDecision decision = ShareDecisionEngine.decide(Shares.context(verifiedDaysAgo(400)));
        assertThat(decision.outcome()).isEqualTo(ShareOutcome.AWAITING_DPO);
        assertThat(decision.reasons()).containsExactly("P9.1");
    }

    @Test
    @DisplayName("P9.1 the stale-after period is a setting")
    void setting() {
        ShareContext strict = Shares.context(verifiedDaysAgo(31)).withStaleAfter(Period.ofDays(30));
        assertThat(RecordAccuracyRule.check(strict).orElseThrow().effect()).isEqualTo(RuleResult.Effect.REFER_TO_DPO);
    }

    @Test
    @DisplayName("P2.2 P9.1 records without their source, medium and date last verified go to the DPO; cells need none")
    void unsourced() {
        ShareRequest unsourced = Shares.consentShare().withPayload(new Payload(List.of(RECORD), List.of()));
        assertThat(finding(unsourced).effect()).isEqualTo(RuleResult.Effect.REFER_TO_DPO);
        ShareRequest aggregate = Shares.aggregateShare().withPayload(
                new Payload(List.of(), List.of(new Payload.AggregateCell("experience", Map.of(), 9))));
        assertThat(RecordAccuracyRule.check(Shares.context(aggregate))).isEmpty();
    }

    @Test
    @DisplayName("P2.2 P9.1 a release carries each record's source, medium and date last verified")
    void release() {
        ShareRequest share = verifiedDaysAgo(3);
        Release release = ReleaseBuilder.build(UUID.randomUUID(), share, new ReleaseBuilder.Recipient("trust-1",
                s -> "ref", List.of("service-improvement"), List.of("experience"), Optional.empty(), List.of()), 5,
                Shares.now());
        assertThat(release.sources()).containsExactly(
                new RecordSource("ward-7 notes", RecordMedium.CONVERSATION, TODAY.minusDays(3)));
    }
}
