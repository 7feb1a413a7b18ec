package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.ShareOutcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;


/**
 * Runs every rule on a share request and decides: refused if any rule refuses; else held for
 * stale consent (P6.7); else awaiting the DPO (non-consent basis P2.1, identifiable data P6.3);
 * else approved. The reasons are the ids of the rules that decided the outcome (for an approval,
 * every rule that was satisfied). Pure: no I/O, the same context always gives the same decision.
 */
public final class ShareDecisionEngine {

    private ShareDecisionEngine() {
    }

    public static ShareDecision decide(ShareContext context) {
        return decide(context, false);
    }

    /**
     * @param dpoDecided the DPO has approved with a written justification: what needed the DPO is
     *                   satisfied, every other rule is checked again as things stand now
     */
    public static ShareDecision decide(ShareContext context, boolean dpoDecided) {
        return conclude(findings(context), dpoDecided);
    }

    /**
     * P10.1: an onward share ({@link OnwardShare}) passes every rule an original share passes, for
     * its own recipient and purpose, and {@link OnwardSharingRule} on top, which always needs the
     * DPO: so it is at best AWAITING_DPO until the DPO's prior written consent.
     *
     * @param dpoConsented the DPO has given the organisation's prior written consent
     */
    public static ShareDecision decideOnward(ShareContext context, Release parent, boolean dpoConsented) {
        List<RuleResult> findings = findings(context);
        findings.add(OnwardSharingRule.check(parent, context.request()));
        return conclude(findings, dpoConsented);
    }

    private static List<RuleResult> findings(ShareContext context) {
        List<RuleResult> findings = new ArrayList<>();
        NonPersonalDefaultRule.check(context).ifPresent(findings::add);
        OneBasisRule.check(context).ifPresent(findings::add);
        LawfulConditionRule.check(context).ifPresent(findings::add);
        findings.add(NeedToKnowRule.flow(context));
        ProtocolSafeguardRule.check(context).ifPresent(findings::add);
        LawfulBasisRule.check(context).ifPresent(findings::add);
        NeedToKnowRule.check(context).ifPresent(findings::add);
        ProportionalityRule.check(context).ifPresent(findings::add);
        IdentifiableDataRule.check(context).ifPresent(findings::add);
        StaleConsentRule.check(context).ifPresent(findings::add);
        SensitivityRule.check(context).ifPresent(findings::add);
        DisclosureChannelRule.check(context).ifPresent(findings::add);
        DataCategoryRule.check(context).ifPresent(findings::add);
        KAnonymityRule.check(context).ifPresent(findings::add);
        RecordAccuracyRule.check(context).ifPresent(findings::add);
        return findings;
    }

    private static ShareDecision conclude(List<RuleResult> findings, boolean dpoDecided) {
        if (dpoDecided) {
            findings.replaceAll(f -> f.effect() == RuleResult.Effect.REFER_TO_DPO
                    ? RuleResult.satisfied(f.ruleId(), "decided by the DPO with a written justification")
                    : f);
        }
        RuleResult.Effect strongest = findings.stream().map(RuleResult::effect)
                .max(Comparator.naturalOrder()).orElse(RuleResult.Effect.SATISFIED);
        List<String> reasons = findings.stream().filter(f -> f.effect() == strongest).map(RuleResult::ruleId)
                .distinct().toList();
        return new ShareDecision(outcome(strongest), reasons, findings);
    }

    private static ShareOutcome outcome(RuleResult.Effect effect) {
        return switch (effect) {
            case REFUSE -> ShareOutcome.REFUSED;
            case HOLD_STALE_CONSENT -> ShareOutcome.HELD_STALE_CONSENT;
            case REFER_TO_DPO -> ShareOutcome.AWAITING_DPO;
            case SATISFIED -> ShareOutcome.APPROVED;
        };
    }

}
