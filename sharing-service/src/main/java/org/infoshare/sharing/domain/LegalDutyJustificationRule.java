package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;

/**
 * P2.1: a basis other than consent needs the DPO's decision with a written justification. Only the
 * DPO records a legal-duty disclosure (the resource admits no one else); this rule asks for the
 * writing: at least {@value #MIN_LENGTH} characters, as for the DPO's decisions on shares.
 */
public final class LegalDutyJustificationRule {

    public static final String ID = OneBasisRule.ID;
    public static final int MIN_LENGTH = 20;

    private LegalDutyJustificationRule() {
    }

    public static RuleResult check(LegalDisclosureDraft draft) {
        return draft.justification().map(String::strip).filter(j -> j.length() >= MIN_LENGTH).isPresent()
                ? RuleResult.satisfied(ID, "the DPO's written justification is recorded")
                : RuleResult.refuse(ID, "a legal-duty disclosure needs the DPO's written justification ("
                        + MIN_LENGTH + "+ characters)");
    }
}
