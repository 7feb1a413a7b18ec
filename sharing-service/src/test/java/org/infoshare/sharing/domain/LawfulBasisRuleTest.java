package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.consent.ConsentExpired;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.events.vocabulary.ContactChannel;
import org.infoshare.events.vocabulary.ShareBasis;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LawfulBasisRuleTest {

    private static RuleResult.Effect effect(ShareRequest request, Optional<ConsentProjection> consent) {
        return LawfulBasisRule.check(Shares.context(request, consent)).orElseThrow().effect();
    }

    @Test
    @DisplayName("P6.2a a live consent covering purpose, recipient and categories is a lawful basis")
    void coveringConsent() {
        assertThat(effect(Shares.consentShare(), Optional.of(Shares.consent(10)))).isEqualTo(RuleResult.Effect.SATISFIED);
    }

    @Test
    @DisplayName("P6.2a an unknown, withdrawn, expired or partly withdrawn consent is no basis for what it no longer covers")
    void noBasis() {
        ShareRequest share = Shares.consentShare();
        ConsentProjection consent = Shares.consent(10);
        assertThat(effect(share, Optional.empty())).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(effect(share, Optional.of(consent.apply(new ConsentWithdrawn(Shares.CONSENT, Shares.SUBJECT, 2, true,
                List.of(), List.of(), List.of(), ContactChannel.PHONE, "staff-1", Shares.now())))))
                .isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(effect(share, Optional.of(consent.apply(new ConsentExpired(Shares.CONSENT, Shares.SUBJECT, 2,
                Shares.now()))))).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(effect(share, Optional.of(consent.apply(new ConsentWithdrawn(Shares.CONSENT, Shares.SUBJECT, 2, false,
                List.of(), List.of("trust-1"), List.of(), ContactChannel.PHONE, "staff-1", Shares.now())))))
                .isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(effect(Shares.categories(share, List.of("experience", "health")), Optional.of(consent)))
                .isEqualTo(RuleResult.Effect.REFUSE);
    }

    @Test
    @DisplayName("P6.2a another person's consent is no basis")
    void anotherPersonsConsent() {
        ConsentProjection someoneElse = ConsentProjection.unknown(Shares.CONSENT, "subj-other-1")
                .apply(new org.infoshare.events.consent.ConsentGiven(Shares.CONSENT, "subj-other-1", 1,
                        List.of("service-improvement"), List.of("experience"), List.of("trust-1"), List.of(),
                        org.infoshare.events.vocabulary.LawfulBasis.A, null, java.util.UUID.randomUUID(), 1,
                        org.infoshare.events.vocabulary.CaptureChannel.WRITTEN, "staff-1", Shares.now(), 365, null, false));
        assertThat(effect(Shares.consentShare(), Optional.of(someoneElse))).isEqualTo(RuleResult.Effect.REFUSE);
    }

    @Test
    @DisplayName("P6.2a a non-consent basis is lawful pending the DPO, and non-personal data needs no basis check")
    void otherBases() {
        assertThat(effect(Shares.with(Shares.consentShare(), ShareBasis.SERIOUS_HARM, Optional.empty(), Optional.empty()),
                Optional.empty())).isEqualTo(RuleResult.Effect.SATISFIED);
        assertThat(LawfulBasisRule.check(Shares.context(Shares.aggregateShare()))).isEmpty();
    }
}
