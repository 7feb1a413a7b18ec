package org.infoshare.sharing.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.sharing.domain.Agreements.TODAY;

class RegularFlowRuleTest {

    private final Partner provider = Agreements.provider("trust-1", "service-improvement");

    @Test
    @DisplayName("P1.2 an agreed protocol before its review date governs the flow for its purpose")
    void agreedProtocolGoverns() {
        Protocol agreed = Agreements.protocol("trust-1", "service-improvement", ProtocolStatus.AGREED, TODAY.plusDays(30));
        RegularFlowRule.Result result = RegularFlowRule.governing(provider, "service-improvement", List.of(agreed),
                Optional.empty(), Set.of(), TODAY);
        assertThat(result.agreement()).hasValueSatisfying(a -> {
            assertThat(a.kind()).isEqualTo(Agreement.Kind.PROTOCOL);
            assertThat(a.id()).isEqualTo(agreed.id());
            assertThat(a.staleConsentAfterDays()).isEqualTo(180);
        });
    }

    @Test
    @DisplayName("P1.2 no regular flow under a draft, suspended, expired or overdue protocol, or one for another purpose")
    void noFlowWithoutAgreedUnexpiredProtocol() {
        List<Protocol> none = List.of(
                Agreements.protocol("trust-1", "service-improvement", ProtocolStatus.DRAFT, TODAY.plusDays(30)),
                Agreements.protocol("trust-1", "service-improvement", ProtocolStatus.SUSPENDED, TODAY.plusDays(30)),
                Agreements.protocol("trust-1", "service-improvement", ProtocolStatus.EXPIRED, TODAY.plusDays(30)),
                Agreements.protocol("trust-1", "service-improvement", ProtocolStatus.AGREED, TODAY.minusDays(1)),
                Agreements.protocol("trust-1", "research", ProtocolStatus.AGREED, TODAY.plusDays(30)),
                Agreements.protocol("trust-2", "service-improvement", ProtocolStatus.AGREED, TODAY.plusDays(30)));
        RegularFlowRule.Result result = RegularFlowRule.governing(provider, "service-improvement", none,
                Optional.empty(), Set.of(), TODAY);
        assertThat(result.agreement()).isEmpty();
        assertThat(result.reason()).startsWith("P1.2 no agreed, unexpired protocol");
    }

    @Test
    @DisplayName("P1.3 a small provider needs the current guidance version acknowledged, covering the purpose")
    void smallProviderNeedsAcknowledgedGuidance() {
        Partner pharmacy = Agreements.pharmacy("pharmacy-1", "service-improvement");
        GuidanceNote current = Agreements.guidance(2, "service-improvement");
        GuidanceNote older = Agreements.guidance(1, "service-improvement");

        assertThat(RegularFlowRule.governing(pharmacy, "service-improvement", List.of(), Optional.empty(), Set.of(), TODAY)
                .reason()).startsWith("P1.3 no guidance notes");
        assertThat(RegularFlowRule.governing(pharmacy, "service-improvement", List.of(), Optional.of(current),
                Set.of(older.id()), TODAY).agreement()).isEmpty();
        assertThat(RegularFlowRule.governing(pharmacy, "research", List.of(), Optional.of(current),
                Set.of(current.id()), TODAY).agreement()).isEmpty();
        assertThat(RegularFlowRule.governing(pharmacy, "service-improvement", List.of(), Optional.of(current),
                Set.of(current.id()), TODAY).agreement())
                .hasValueSatisfying(a -> assertThat(a.kind()).isEqualTo(Agreement.Kind.GUIDANCE_NOTE));
    }

    @Test
    @DisplayName("P1.3 a protocol does not stand in for a small provider's guidance")
    void protocolDoesNotGovernSmallProvider() {
        Partner pharmacy = Agreements.pharmacy("pharmacy-1", "service-improvement");
        Protocol agreed = Agreements.protocol("pharmacy-1", "service-improvement", ProtocolStatus.AGREED, TODAY.plusDays(30));
        assertThat(RegularFlowRule.governing(pharmacy, "service-improvement", List.of(agreed), Optional.empty(),
                Set.of(), TODAY).agreement()).isEmpty();
    }

    @Test
    @DisplayName("P1.2 no regular flow for a purpose the partner is not agreed for, whatever its protocols or guidance say")
    void partnerMustBeAgreedForThePurpose() {
        Partner narrow = Agreements.provider("trust-1", "research");
        Protocol agreed = Agreements.protocol("trust-1", "service-improvement", ProtocolStatus.AGREED, TODAY.plusDays(30));
        RegularFlowRule.Result result = RegularFlowRule.governing(narrow, "service-improvement", List.of(agreed),
                Optional.empty(), Set.of(), TODAY);
        assertThat(result.agreement()).isEmpty();
        assertThat(result.reason()).startsWith("P1.1");
        Partner pharmacy = Agreements.pharmacy("pharmacy-1", "research");
        GuidanceNote current = Agreements.guidance(1, "service-improvement");
        assertThat(RegularFlowRule.governing(pharmacy, "service-improvement", List.of(), Optional.of(current),
                Set.of(current.id()), TODAY).agreement()).isEmpty();
    }
}
