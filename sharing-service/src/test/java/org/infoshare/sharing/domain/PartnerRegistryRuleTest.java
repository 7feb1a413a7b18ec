package org.infoshare.sharing.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.infoshare.rules.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerRegistryRuleTest {

    @Test
    @DisplayName("P1.1 a partner of a policy kind with agreed purposes is accepted")
    void validPartner() {
        assertThat(described(PartnerRegistryRule.problems(PartnerKind.REGULATOR, Optional.empty(), List.of("regulation"),
                Optional.of(URI.create("https://cqc.example/hooks")), true, false))).isEmpty();
        assertThat(described(PartnerRegistryRule.problems(PartnerKind.SMALL_PROVIDER, Optional.of(SmallProviderKind.DENTIST),
                List.of("service-improvement"), Optional.empty(), false, false))).isEmpty();
    }

    @Test
    @DisplayName("P1.1 a small provider names its kind, and only a small provider has one")
    void smallProviderKind() {
        assertThat(described(PartnerRegistryRule.problems(PartnerKind.SMALL_PROVIDER, Optional.empty(), List.of("x-purpose"),
                Optional.empty(), false, false))).singleElement().asString().startsWith("P1.1 a small provider names its kind");
        assertThat(described(PartnerRegistryRule.problems(PartnerKind.COMMISSIONER, Optional.of(SmallProviderKind.GP),
                List.of("x-purpose"), Optional.empty(), false, false))).singleElement().asString().contains("only a small provider");
    }

    @Test
    @DisplayName("P1.1 a partner lists the purposes it is agreed for")
    void purposesRequired() {
        assertThat(described(PartnerRegistryRule.problems(PartnerKind.LOCAL_HEALTHWATCH, Optional.empty(), List.of(),
                Optional.empty(), false, false))).singleElement().asString().contains("purposes");
    }

    @Test
    @DisplayName("P1.1 P11.1 a webhook is https and comes with its signing secret; plain http to this machine only where local webhooks are allowed")
    void webhookNeedsHttpsAndSecret() {
        assertThat(described(PartnerRegistryRule.problems(PartnerKind.REGULATOR, Optional.empty(), List.of("regulation"),
                Optional.of(URI.create("http://cqc.example/hooks")), false, true)))
                .containsExactlyInAnyOrder("P11.1 a webhook is reached over https", "P1.1 a webhook comes with its signing secret");
        assertThat(PartnerRegistryRule.problems(PartnerKind.REGULATOR, Optional.empty(), List.of("regulation"),
                Optional.of(URI.create("http://cqc.example/hooks")), false, true))
                .as("each refusal carries its rule's id and refuses the input")
                .extracting(RuleResult::ruleId, RuleResult::cause)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("P11.1", RuleResult.Cause.INPUT),
                        org.assertj.core.groups.Tuple.tuple("P1.1", RuleResult.Cause.INPUT));
        assertThat(described(PartnerRegistryRule.problems(PartnerKind.REGULATOR, Optional.empty(), List.of("regulation"),
                Optional.of(URI.create("http://localhost:9999/hooks")), true, true))).isEmpty();
        assertThat(described(PartnerRegistryRule.problems(PartnerKind.REGULATOR, Optional.empty(), List.of("regulation"),
                Optional.of(URI.create("http://localhost:9999/hooks")), true, false)))
                .contains("P11.1 a webhook is reached over https", "P11.1 a webhook goes to a public address, not localhost");
    }

    /** Each refusal as the problem's field message says it: the rule id, then why. */
    private static List<String> described(List<RuleResult> refusals) {
        return refusals.stream().map(RuleResult::describe).toList();
    }
}
