package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.SafeguardingRoute;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * P3.1: a safeguarding concern goes to the local safeguarding team, so a referral names a
 * registered partner of kind SAFEGUARDING_TEAM that takes the referral's route (children's or
 * adults'). A team declares its routes when the DPO registers it; no other partner declares any.
 * Consent plays no part here: a referral is never blocked by missing consent.
 */
public final class SafeguardingTeamRule {

    public static final String RULE_ID = "P3.1";

    private SafeguardingTeamRule() {
    }

    /** Whether the team named may receive a referral on this route. */
    public static RuleResult check(String teamId, Optional<Partner> team, SafeguardingRoute route) {
        if (team.isEmpty()) {
            return RuleResult.refuse(RULE_ID, teamId + " is not a registered partner");
        }
        Partner partner = team.get();
        if (partner.kind() != PartnerKind.SAFEGUARDING_TEAM) {
            return RuleResult.refuse(RULE_ID, teamId + " is a " + partner.kind() + ", not a safeguarding team");
        }
        if (!partner.takesSafeguarding(route)) {
            return RuleResult.refuse(RULE_ID, teamId + " does not take the " + route + " safeguarding route");
        }
        return RuleResult.satisfied(RULE_ID, teamId + " takes " + route + " safeguarding referrals");
    }

    /** What is wrong with the routes a partner declares on registration. */
    public static List<RuleResult> declarationProblems(PartnerKind kind, Collection<SafeguardingRoute> routes) {
        if (kind == PartnerKind.SAFEGUARDING_TEAM && routes.isEmpty()) {
            return List.of(RuleResult.refuse(RULE_ID, "a safeguarding team declares the routes it takes (CHILDREN, ADULTS)"));
        }
        if (kind != PartnerKind.SAFEGUARDING_TEAM && !routes.isEmpty()) {
            return List.of(RuleResult.refuse(RULE_ID, "only a safeguarding team takes safeguarding routes"));
        }
        return List.of();
    }
}
