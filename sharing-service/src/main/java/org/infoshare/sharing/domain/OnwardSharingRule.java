package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;

import java.util.ArrayList;
import java.util.List;

/**
 * P10.1: a release is bound to its purposes, and a partner's onward share needs the organisation's
 * prior written consent. It may be asked for only on a release that is still live, for one of the
 * release's own purposes, to someone other than its holder; it then goes to the DPO. Everything an
 * original share must pass (the recipient's consent, protocol or guidance, categories, sensitivity)
 * is the engine's other rules, run on the onward share itself ({@link OnwardShare}).
 */
public final class OnwardSharingRule {

    public static final String ID = "P10.1";

    private OnwardSharingRule() {
    }

    /** Refuses what cannot be passed on at all; otherwise refers it to the DPO for prior written consent. */
    public static RuleResult check(Release parent, ShareRequest onward) {
        List<String> problems = new ArrayList<>();
        if (parent.withdrawn()) {
            problems.add("the release has been withdrawn");
        }
        if (!parent.purposes().contains(onward.purpose())) {
            problems.add("the release is bound to " + parent.purposes() + ", not '" + onward.purpose() + "'");
        }
        if (onward.partnerId().equals(parent.partnerId())) {
            problems.add("the recipient already holds this release");
        }
        return problems.isEmpty()
                ? RuleResult.referToDpo(ID, "an onward share needs the organisation's prior written consent (the DPO)")
                : RuleResult.refuse(ID, String.join("; ", problems));
    }
}
