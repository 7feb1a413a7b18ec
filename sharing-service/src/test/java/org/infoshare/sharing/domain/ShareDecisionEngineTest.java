package org.infoshare.sharing.domain;

import org.infoshare.events.vocabulary.LawfulBasis;
import org.infoshare.events.vocabulary.ShareBasis;
import org.infoshare.events.vocabulary.ShareOutcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ShareDecisionEngineTest {

    @Test
    @DisplayName("P6.2 a covered, fresh, proportionate, pseudonymised consent share is approved, listing every rule satisfied")
    void approved() {
        ShareDecision decision = ShareDecisionEngine.decide(Shares.context(Shares.consentShare()));
        assertThat(decision.outcome()).isEqualTo(ShareOutcome.APPROVED);
        assertThat(decision.reasons()).containsExactly("P1.4", "P2.1", "P4.1", "P1.2", "P5.1", "P6.2a", "P6.2b",
                "P6.2c", "P6.3", "P6.7", "P8.1", "P11.1", "P9.1");
    }

    @Test
    @DisplayName("P1.4 non-personal data under an agreed protocol is approved without consent or DPO")
    void aggregateApproved() {
        ShareDecision decision = ShareDecisionEngine.decide(Shares.context(Shares.aggregateShare()));
        assertThat(decision.outcome()).isEqualTo(ShareOutcome.APPROVED);
        assertThat(decision.reasons()).containsExactly("P1.4", "P2.1", "P1.2", "P5.1", "P8.1", "P11.1", "P9.1");
    }

    @Test
    @DisplayName("P6.2 a refusal wins over a hold and a referral, and lists only the refusing rules")
    void refusalWins() {
        ShareRequest stale = Shares.identifiable(Shares.categories(Shares.consentShare(), List.of("experience")),
                Optional.of("to contact the person"));
        ShareDecision held = ShareDecisionEngine.decide(Shares.context(stale, Optional.of(Shares.consent(200))));
        assertThat(held.outcome()).isEqualTo(ShareOutcome.HELD_STALE_CONSENT);
        assertThat(held.reasons()).containsExactly("P6.7");

        ShareDecision refused = ShareDecisionEngine.decide(Shares.withoutProtocol(stale));
        assertThat(refused.outcome()).isEqualTo(ShareOutcome.REFUSED);
        assertThat(refused.reasons()).containsExactly("P1.2", "P6.2b");
    }

    @Test
    @DisplayName("P2.1 a non-consent basis awaits the DPO; the DPO's approval settles it and checks the rest again")
    void dpo() {
        ShareRequest harm = Shares.condition(Shares.with(Shares.consentShare(), ShareBasis.SERIOUS_HARM, Optional.empty(),
                Optional.empty()), LawfulBasis.D, Optional.empty());
        ShareDecision waiting = ShareDecisionEngine.decide(Shares.context(harm, Optional.empty()));
        assertThat(waiting.outcome()).isEqualTo(ShareOutcome.AWAITING_DPO);
        assertThat(waiting.reasons()).containsExactly("P2.1");
        assertThat(ShareDecisionEngine.decide(Shares.context(harm, Optional.empty()), true).outcome())
                .isEqualTo(ShareOutcome.APPROVED);
        assertThat(ShareDecisionEngine.decide(Shares.withoutProtocol(harm), true).outcome())
                .isEqualTo(ShareOutcome.REFUSED);
    }

    @Test
    @DisplayName("P6.3 identifiable data under consent awaits the DPO")
    void identifiableAwaitsDpo() {
        ShareDecision decision = ShareDecisionEngine.decide(Shares.context(Shares.identifiable(Shares.consentShare(),
                Optional.of("The ward must contact the person"))));
        assertThat(decision.outcome()).isEqualTo(ShareOutcome.AWAITING_DPO);
        assertThat(decision.reasons()).containsExactly("P6.3");
    }
}
