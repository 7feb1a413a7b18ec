package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.ReleaseChannel;
import org.infoshare.events.vocabulary.Sensitivity;
import org.infoshare.events.vocabulary.ShareOutcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infoshare.sharing.domain.Agreements.TODAY;

class DisclosureChannelRuleTest {

    private static Protocol protocol(ReleaseChannel channel) {
        Protocol p = Agreements.protocol("trust-1", "service-improvement", ProtocolStatus.AGREED, TODAY.plusDays(90));
        return new Protocol(p.id(), p.partnerId(), p.purpose(), p.triggerCircumstances(),
                new DisclosureMethod(channel, "intelligence team", "Named Contact"), p.securityMeasures(),
                p.limitsOnUse(), p.dataCategories(), p.staleConsentAfterDays(), p.status(), p.reviewDate(),
                p.createdAt(), p.updatedAt());
    }

    private static ShareContext context(ShareRequest request, Protocol protocol) {
        Partner partner = Agreements.provider("trust-1", "service-improvement");
        return new ShareContext(request, Optional.of(partner),
                RegularFlowRule.governing(partner, request.purpose(), List.of(protocol), Optional.empty(), Set.of(), TODAY),
                Optional.of(Shares.consent(10)), Agreements.NOW).withSafeguards(Agreements.attested(protocol));
    }

    @Test
    @DisplayName("P11.1 channels rank portal < secure e-mail < partner API; each sensitivity needs at least its policy channel")
    void strengthAndAdequacy() {
        assertThat(ChannelPolicy.strength(ReleaseChannel.PORTAL)).isLessThan(ChannelPolicy.strength(ReleaseChannel.SECURE_EMAIL));
        assertThat(ChannelPolicy.strength(ReleaseChannel.SECURE_EMAIL)).isLessThan(ChannelPolicy.strength(ReleaseChannel.SECURE_API));
        for (ReleaseChannel channel : ReleaseChannel.values()) {
            assertThat(ChannelPolicy.adequate(channel, Sensitivity.PUBLIC)).isTrue();
            assertThat(ChannelPolicy.adequate(channel, Sensitivity.INTERNAL)).isTrue();
        }
        assertThat(ChannelPolicy.adequate(ReleaseChannel.PORTAL, Sensitivity.SPECIAL_CATEGORY)).isFalse();
        assertThat(ChannelPolicy.adequate(ReleaseChannel.SECURE_EMAIL, Sensitivity.CONFIDENTIAL)).isFalse();
        assertThat(ChannelPolicy.adequate(ReleaseChannel.SECURE_API, Sensitivity.SPECIAL_CATEGORY)).isTrue();
    }

    @Test
    @DisplayName("P11.1 the protocol's agreed channel is honoured when strong enough, even when stronger than needed")
    void agreedChannelHonoured() {
        assertThat(DisclosureChannelRule.channel(Optional.of(ReleaseChannel.SECURE_EMAIL), Sensitivity.INTERNAL))
                .contains(ReleaseChannel.SECURE_EMAIL);
        assertThat(DisclosureChannelRule.channel(Optional.of(ReleaseChannel.PORTAL), Sensitivity.PUBLIC))
                .contains(ReleaseChannel.PORTAL);
        assertThat(DisclosureChannelRule.channel(Optional.of(ReleaseChannel.SECURE_API), Sensitivity.INTERNAL))
                .contains(ReleaseChannel.SECURE_API);
        RuleResult finding = DisclosureChannelRule.check(context(Shares.aggregateShare(), protocol(ReleaseChannel.PORTAL)))
                .orElseThrow();
        assertThat(finding.ruleId()).isEqualTo("P11.1");
        assertThat(finding.effect()).isEqualTo(RuleResult.Effect.SATISFIED);
    }

    @Test
    @DisplayName("P11.1 a protocol channel weaker than the sensitivity needs refuses the share, never upgraded silently")
    void weakerChannelRefused() {
        assertThat(DisclosureChannelRule.channel(Optional.of(ReleaseChannel.PORTAL), Sensitivity.SPECIAL_CATEGORY)).isEmpty();
        assertThat(DisclosureChannelRule.channel(Optional.of(ReleaseChannel.SECURE_EMAIL), Sensitivity.CONFIDENTIAL)).isEmpty();
        ShareContext context = context(Shares.consentShare(), protocol(ReleaseChannel.PORTAL));
        RuleResult finding = DisclosureChannelRule.check(context).orElseThrow();
        assertThat(finding.effect()).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(finding.explanation()).contains("PORTAL", "CONFIDENTIAL", "SECURE_API");
        ShareDecision decision = ShareDecisionEngine.decide(context);
        assertThat(decision.outcome()).isEqualTo(ShareOutcome.REFUSED);
        assertThat(decision.reasons()).containsExactly("P11.1");
    }

    @Test
    @DisplayName("P11.1 under guidance notes (no protocol channel) the policy's channel for the sensitivity applies")
    void withoutProtocolThePolicyChannel() {
        assertThat(DisclosureChannelRule.channel(Optional.empty(), Sensitivity.INTERNAL)).contains(ReleaseChannel.PORTAL);
        assertThat(DisclosureChannelRule.channel(Optional.empty(), Sensitivity.CONFIDENTIAL)).contains(ReleaseChannel.SECURE_API);
        assertThat(DisclosureChannelRule.check(Shares.withoutProtocol(Shares.aggregateShare()))).isEmpty();
    }

    @Test
    @DisplayName("P11.1 a release goes by its governing protocol's channel and names the protocol")
    void releaseByTheProtocolsChannel() {
        Protocol protocol = protocol(ReleaseChannel.SECURE_EMAIL);
        ShareRequest share = Shares.aggregateShare().withPayload(new Payload(List.of(), List.of(
                new Payload.AggregateCell("experience", Map.of("theme", "discharge"), 12))));
        Release release = ReleaseBuilder.build(UUID.randomUUID(), share, new ReleaseBuilder.Recipient("trust-1",
                UnaryOperator.identity(), List.of("service-improvement"), List.of("experience"), Optional.empty(),
                List.of(), Optional.of(protocol)), 5, Agreements.NOW);
        assertThat(release.channel()).isEqualTo(ReleaseChannel.SECURE_EMAIL);
        assertThat(release.protocolId()).contains(protocol.id());
        assertThat(release.stage()).isEqualTo(ReleaseStage.STORED);
        assertThatThrownBy(() -> ReleaseBuilder.build(UUID.randomUUID(), Shares.consentShare(),
                new ReleaseBuilder.Recipient("trust-1", UnaryOperator.identity(), List.of("service-improvement"),
                        List.of("experience"), Optional.empty(), List.of(), Optional.of(protocol(ReleaseChannel.PORTAL))),
                5, Agreements.NOW)).isInstanceOf(IllegalStateException.class).hasMessageContaining("P11.1");
    }
}
