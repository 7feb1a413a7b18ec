package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifiableDataRuleTest {

    @Test
    @DisplayName("P6.3 personal data is pseudonymised by default")
    void pseudonymisedByDefault() {
        assertThat(IdentifiableDataRule.check(Shares.context(Shares.consentShare())).orElseThrow().effect())
                .isEqualTo(RuleResult.Effect.SATISFIED);
    }

    @Test
    @DisplayName("P6.3 identifiable data needs its reason, and with one goes to the DPO")
    void identifiableNeedsReasonAndDpo() {
        assertThat(IdentifiableDataRule.check(Shares.context(Shares.identifiable(Shares.consentShare(),
                Optional.empty()))).orElseThrow().effect()).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(IdentifiableDataRule.check(Shares.context(Shares.identifiable(Shares.consentShare(),
                Optional.of("The ward must contact the person to put things right")))).orElseThrow().effect())
                .isEqualTo(RuleResult.Effect.REFER_TO_DPO);
    }
}
