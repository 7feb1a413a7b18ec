package org.infoshare.consent.domain;

import org.infoshare.events.vocabulary.ContactChannel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class WithdrawalRuleTest {

    private static Withdrawal partial(List<String> purposes, List<String> partners) {
        return new Withdrawal(false, purposes, partners, List.of(), ContactChannel.LETTER, "staff-1", Consents.GIVEN, null);
    }

    @Test
    @DisplayName("P6.8 withdrawing the whole consent ends it and names the whole scope")
    void wholeWithdrawal() {
        Consent consent = Consents.active(365, Optional.empty());
        WithdrawalRule.Effect effect = WithdrawalRule.apply(consent, new Withdrawal(true, List.of(), List.of(), List.of(),
                ContactChannel.PHONE, "staff-1", Consents.GIVEN, null)).orElseThrow();
        assertThat(effect.whole()).isTrue();
        assertThat(effect.consent().state()).isEqualTo(ConsentState.WITHDRAWN);
        assertThat(effect.consent().version()).isEqualTo(2);
        assertThat(effect.withdrawn()).isEqualTo(consent.scope());
    }

    @Test
    @DisplayName("P6.8 a partial withdrawal takes away exactly the purposes and recipients named that the consent covered")
    void partialWithdrawalHasItsExactScope() {
        Consent consent = Consents.active(365, Optional.empty());
        WithdrawalRule.Effect effect = WithdrawalRule.apply(consent,
                partial(List.of("research", "marketing"), List.of("partner-b", "partner-z"))).orElseThrow();
        assertThat(effect.whole()).isFalse();
        assertThat(effect.withdrawn().purposes()).containsExactly("research");
        assertThat(effect.withdrawn().recipientPartnerIds()).containsExactly("partner-b");
        assertThat(effect.consent().state()).isEqualTo(ConsentState.ACTIVE);
        assertThat(effect.consent().scope().purposes()).containsExactly("service-improvement");
        assertThat(effect.consent().scope().recipientPartnerIds()).containsExactly("partner-a", "partner-c");
    }

    @Test
    @DisplayName("P6.8 withdrawing again, or withdrawing what was never covered, changes nothing")
    void repeatedWithdrawalChangesNothing() {
        Consent consent = Consents.active(365, Optional.empty());
        Consent after = WithdrawalRule.apply(consent, partial(List.of(), List.of("partner-b"))).orElseThrow().consent();
        assertThat(WithdrawalRule.apply(after, partial(List.of(), List.of("partner-b")))).isEmpty();
        assertThat(WithdrawalRule.apply(consent, partial(List.of("marketing"), List.of()))).isEmpty();
        Consent withdrawn = consent.withState(ConsentState.WITHDRAWN);
        assertThat(WithdrawalRule.apply(withdrawn, new Withdrawal(true, List.of(), List.of(), List.of(),
                ContactChannel.EMAIL, "staff-1", Consents.GIVEN, null))).isEmpty();
    }

    @Test
    @DisplayName("P6.8 a partial withdrawal that leaves no purpose ends the whole consent")
    void withdrawingEveryPurposeEndsTheConsent() {
        Consent consent = Consents.active(365, Optional.empty());
        WithdrawalRule.Effect effect = WithdrawalRule.apply(consent,
                partial(List.of("service-improvement", "research"), List.of())).orElseThrow();
        assertThat(effect.whole()).isTrue();
        assertThat(effect.consent().state()).isEqualTo(ConsentState.WITHDRAWN);
    }
}
