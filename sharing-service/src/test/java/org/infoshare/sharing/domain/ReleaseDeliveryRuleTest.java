package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.ReleaseChannel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseDeliveryRuleTest {

    private static Release release(ReleaseChannel channel) {
        Release r = ReleaseBuilder.build(UUID.randomUUID(), Shares.consentShare(), new ReleaseBuilder.Recipient("trust-1",
                UnaryOperator.identity(), List.of("service-improvement"), List.of("experience"), Optional.empty(),
                List.of()), 5, Agreements.NOW);
        return new Release(r.id(), r.shareRequestId(), r.parentReleaseId(), r.partnerId(), r.subjectId(), r.consentId(),
                r.purposes(), r.dataCategories(), r.withheldCategories(), r.identifiable(), r.subjectRef(), r.records(),
                r.cells(), r.terms(), r.sensitivity(), channel, r.status(), r.releasedAt(), r.withdrawnAt(), r.sources());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ReleaseDeliveryRule.Route.class)
    @DisplayName("P11.1 each route delivers only releases of its own channel; others are refused saying how they go")
    void onlyItsOwnChannel(ReleaseDeliveryRule.Route route) {
        for (ReleaseChannel channel : ReleaseChannel.values()) {
            RuleResult finding = ReleaseDeliveryRule.check(release(channel), route);
            assertThat(finding.ruleId()).isEqualTo("P11.1");
            if (channel == route.channel()) {
                assertThat(finding.effect()).isEqualTo(RuleResult.Effect.SATISFIED);
            } else {
                assertThat(finding.effect()).as(channel + " by " + route).isEqualTo(RuleResult.Effect.REFUSE);
                assertThat(finding.explanation()).contains(channel.name(), ReleaseDeliveryRule.howDelivered(channel));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ReleaseChannel.class)
    @DisplayName("P11.1 the partner API is the route of SECURE_API releases only; SECURE_EMAIL goes to the named recipient")
    void partnerApiServesSecureApiOnly(ReleaseChannel channel) {
        RuleResult finding = ReleaseDeliveryRule.check(release(channel), ReleaseDeliveryRule.Route.PARTNER_API);
        assertThat(finding.effect() == RuleResult.Effect.SATISFIED).isEqualTo(channel == ReleaseChannel.SECURE_API);
        assertThat(ReleaseDeliveryRule.howDelivered(ReleaseChannel.SECURE_EMAIL)).contains("named recipient");
    }
}
