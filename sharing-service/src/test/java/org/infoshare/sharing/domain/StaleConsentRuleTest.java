package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.consent.ConsentReconfirmationRequested;
import org.infoshare.events.consent.ConsentReconfirmed;
import org.infoshare.events.vocabulary.CaptureChannel;
import org.infoshare.events.vocabulary.ReconfirmationReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StaleConsentRuleTest {

    private static RuleResult.Effect effect(ConsentProjection consent) {
        return StaleConsentRule.check(Shares.context(Shares.consentShare(), Optional.of(consent))).orElseThrow().effect();
    }

    @Test
    @DisplayName("P6.7 a consent confirmed within the protocol's threshold lets the share proceed")
    void fresh() {
        assertThat(effect(Shares.consent(179))).isEqualTo(RuleResult.Effect.SATISFIED);
    }

    @Test
    @DisplayName("P6.7 a consent older than the protocol's threshold holds the share")
    void stale() {
        assertThat(effect(Shares.consent(181))).isEqualTo(RuleResult.Effect.HOLD_STALE_CONSENT);
    }

    @Test
    @DisplayName("P6.7 a consent the person has been asked to re-confirm holds the share until re-confirmed")
    void due() {
        ConsentProjection asked = Shares.consent(10).apply(new ConsentReconfirmationRequested(Shares.CONSENT,
                Shares.SUBJECT, ReconfirmationReason.THRESHOLD_REACHED, null, Shares.now()));
        assertThat(effect(asked)).isEqualTo(RuleResult.Effect.HOLD_STALE_CONSENT);
        assertThat(effect(Shares.consent(400).apply(new ConsentReconfirmed(Shares.CONSENT, Shares.SUBJECT, 2,
                CaptureChannel.VERBAL, "staff-1", Shares.now())))).isEqualTo(RuleResult.Effect.SATISFIED);
    }
}
