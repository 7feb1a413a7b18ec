package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.ShareBasis;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OneBasisRuleTest {

    private static RuleResult.Effect effect(ShareRequest request) {
        return OneBasisRule.check(Shares.context(request)).orElseThrow().effect();
    }

    @Test
    @DisplayName("P2.1 consent with the consent relied on is one basis")
    void consentBasis() {
        assertThat(effect(Shares.consentShare())).isEqualTo(RuleResult.Effect.SATISFIED);
    }

    @Test
    @DisplayName("P2.1 a non-consent basis for personal data goes to the DPO")
    void nonConsentGoesToDpo() {
        assertThat(effect(Shares.with(Shares.consentShare(), ShareBasis.SERIOUS_HARM, Optional.empty(), Optional.empty())))
                .isEqualTo(RuleResult.Effect.REFER_TO_DPO);
        assertThat(effect(Shares.with(Shares.consentShare(), ShareBasis.LEGAL_DUTY, Optional.empty(),
                Optional.of("Court order 2026/123")))).isEqualTo(RuleResult.Effect.REFER_TO_DPO);
    }

    @Test
    @DisplayName("P2.1 two bases, consent without its consent, or a legal duty without its reference are refused")
    void exactlyOneBasis() {
        ShareRequest share = Shares.consentShare();
        assertThat(effect(Shares.with(share, ShareBasis.CONSENT, Optional.empty(), Optional.empty())))
                .isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(effect(Shares.with(share, ShareBasis.CONSENT, Optional.of(UUID.randomUUID()), Optional.of("order 1"))))
                .isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(effect(Shares.with(share, ShareBasis.PUBLIC_INTEREST, Optional.of(UUID.randomUUID()), Optional.empty())))
                .isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(effect(Shares.with(share, ShareBasis.LEGAL_DUTY, Optional.empty(), Optional.empty())))
                .isEqualTo(RuleResult.Effect.REFUSE);
    }

    @Test
    @DisplayName("P2.1 non-personal data on a named non-consent basis needs no DPO")
    void nonPersonalNeedsNoDpo() {
        assertThat(effect(Shares.aggregateShare())).isEqualTo(RuleResult.Effect.SATISFIED);
    }
}
