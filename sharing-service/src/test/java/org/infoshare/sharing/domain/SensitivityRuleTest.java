package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.Sensitivity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SensitivityRuleTest {

    private static RuleResult.Effect effect(ShareRequest request) {
        return SensitivityRule.check(Shares.context(request)).orElseThrow().effect();
    }

    @Test
    @DisplayName("P8.1 non-personal data carries a sensitivity class too")
    void nonPersonalNeedsAClass() {
        assertThat(effect(Shares.aggregateShare())).isEqualTo(RuleResult.Effect.SATISFIED);
        assertThat(effect(Shares.sensitivity(Shares.aggregateShare(), Optional.empty()))).isEqualTo(RuleResult.Effect.REFUSE);
    }

    @Test
    @DisplayName("P8.1 personal data is never classed below CONFIDENTIAL")
    void personalAtLeastConfidential() {
        assertThat(effect(Shares.sensitivity(Shares.consentShare(), Optional.of(Sensitivity.INTERNAL))))
                .isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(effect(Shares.sensitivity(Shares.consentShare(), Optional.of(Sensitivity.SPECIAL_CATEGORY))))
                .isEqualTo(RuleResult.Effect.SATISFIED);
    }
}
