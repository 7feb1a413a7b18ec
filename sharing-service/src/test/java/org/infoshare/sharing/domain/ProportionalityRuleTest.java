package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ProportionalityRuleTest {

    @Test
    @DisplayName("P6.2c personal data needs a recorded proportionality judgement, not a word or two")
    void judgementRequired() {
        assertThat(ProportionalityRule.check(Shares.context(Shares.consentShare())).orElseThrow().effect())
                .isEqualTo(RuleResult.Effect.SATISFIED);
        assertThat(ProportionalityRule.check(Shares.context(Shares.proportionality(Shares.consentShare(),
                Optional.empty()))).orElseThrow().effect()).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(ProportionalityRule.check(Shares.context(Shares.proportionality(Shares.consentShare(),
                Optional.of("fine")))).orElseThrow().effect()).isEqualTo(RuleResult.Effect.REFUSE);
    }

    @Test
    @DisplayName("P6.2c non-personal data needs no proportionality judgement")
    void notForNonPersonal() {
        assertThat(ProportionalityRule.check(Shares.context(Shares.aggregateShare()))).isEmpty();
    }
}
