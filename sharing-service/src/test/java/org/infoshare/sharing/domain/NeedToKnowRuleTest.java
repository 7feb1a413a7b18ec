package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NeedToKnowRuleTest {

    @Test
    @DisplayName("P6.2b a partner agreed for the purpose under an agreed protocol has the need to know")
    void needToKnow() {
        assertThat(NeedToKnowRule.check(Shares.context(Shares.consentShare())).orElseThrow().effect())
                .isEqualTo(RuleResult.Effect.SATISFIED);
        assertThat(NeedToKnowRule.flow(Shares.context(Shares.consentShare())).ruleId()).isEqualTo("P1.2");
    }

    @Test
    @DisplayName("P6.2b no need to know for a purpose the partner is not agreed for, or without a protocol")
    void noNeedToKnow() {
        ShareRequest share = Shares.consentShare();
        Partner narrow = Agreements.provider("trust-1", "research");
        LocalDate today = LocalDate.parse("2026-06-01");
        ShareContext notAgreed = new ShareContext(share, Optional.of(narrow),
                RegularFlowRule.governing(narrow, share.purpose(), List.of(), Optional.empty(), Set.of(), today),
                Optional.empty(), Shares.now());
        assertThat(NeedToKnowRule.check(notAgreed).orElseThrow().effect()).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(NeedToKnowRule.check(Shares.withoutProtocol(share)).orElseThrow().effect())
                .isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(NeedToKnowRule.flow(Shares.withoutProtocol(share)).effect()).isEqualTo(RuleResult.Effect.REFUSE);
        ShareContext unregistered = new ShareContext(share, Optional.empty(),
                new RegularFlowRule.Result(Optional.empty(), RuleResult.refuse("P1.1", "not registered")), Optional.empty(), Shares.now());
        assertThat(NeedToKnowRule.check(unregistered).orElseThrow().effect()).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(NeedToKnowRule.flow(unregistered).effect()).isEqualTo(RuleResult.Effect.REFUSE);
    }
}
