package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.SafeguardingRoute;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SafeguardingTeamRuleTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    private static Partner team(String id, List<SafeguardingRoute> routes) {
        return new Partner(id, "Team " + id, PartnerKind.SAFEGUARDING_TEAM, Optional.empty(), List.of("safeguarding"),
                Optional.empty(), false, routes, NOW, NOW);
    }

    @Test
    @DisplayName("P3.1 a registered safeguarding team taking the route receives the referral")
    void registeredTeamOnItsRoute() {
        RuleResult finding = SafeguardingTeamRule.check("adults-team",
                Optional.of(team("adults-team", List.of(SafeguardingRoute.ADULTS))), SafeguardingRoute.ADULTS);
        assertThat(finding.effect()).isEqualTo(RuleResult.Effect.SATISFIED);
        assertThat(finding.ruleId()).isEqualTo("P3.1");
        assertThat(SafeguardingTeamRule.check("both", Optional.of(team("both",
                List.of(SafeguardingRoute.CHILDREN, SafeguardingRoute.ADULTS))), SafeguardingRoute.CHILDREN).effect())
                .isEqualTo(RuleResult.Effect.SATISFIED);
    }

    @Test
    @DisplayName("P3.1 a team that is not a registered partner is refused")
    void unregisteredTeamIsRefused() {
        RuleResult finding = SafeguardingTeamRule.check("nobody", Optional.empty(), SafeguardingRoute.CHILDREN);
        assertThat(finding.effect()).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(finding.ruleId()).isEqualTo("P3.1");
        assertThat(finding.explanation()).contains("nobody", "not a registered partner");
    }

    @Test
    @DisplayName("P3.1 a registered partner that is not a safeguarding team is refused, whatever routes it claims")
    void otherKindIsRefused() {
        Partner provider = new Partner("trust", "Trust", PartnerKind.SERVICE_PROVIDER, Optional.empty(),
                List.of("care"), Optional.empty(), false, List.of(SafeguardingRoute.CHILDREN), NOW, NOW);
        RuleResult finding = SafeguardingTeamRule.check("trust", Optional.of(provider), SafeguardingRoute.CHILDREN);
        assertThat(finding.effect()).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(finding.explanation()).contains("SERVICE_PROVIDER", "not a safeguarding team");
    }

    @Test
    @DisplayName("P3.1 a safeguarding team is refused a referral on a route it does not take")
    void wrongRouteIsRefused() {
        RuleResult finding = SafeguardingTeamRule.check("children-team",
                Optional.of(team("children-team", List.of(SafeguardingRoute.CHILDREN))), SafeguardingRoute.ADULTS);
        assertThat(finding.effect()).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(finding.explanation()).contains("does not take the ADULTS");
    }

    @Test
    @DisplayName("P3.1 a safeguarding team declares at least one route; no other partner declares any")
    void routeDeclarations() {
        assertThat(SafeguardingTeamRule.declarationProblems(PartnerKind.SAFEGUARDING_TEAM, List.of(SafeguardingRoute.ADULTS)))
                .isEmpty();
        assertThat(SafeguardingTeamRule.declarationProblems(PartnerKind.REGULATOR, List.of())).isEmpty();
        assertThat(SafeguardingTeamRule.declarationProblems(PartnerKind.SAFEGUARDING_TEAM, List.of()))
                .singleElement().extracting(RuleResult::describe).asString().startsWith("P3.1 a safeguarding team declares the routes");
        assertThat(SafeguardingTeamRule.declarationProblems(PartnerKind.COMMISSIONER, List.of(SafeguardingRoute.CHILDREN)))
                .singleElement().extracting(RuleResult::describe).asString().startsWith("P3.1 only a safeguarding team");
    }
}
