package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;

/**
 * Telling the person of a legal-duty disclosure about them. The policy asks that people be "fully
 * informed as to what data it is proposed to disclose, with whom, for what purpose" (section 6) and
 * gives them the right to see what is held (section 12, P12.2); it names no case for keeping a
 * disclosure from them. The law does: the order itself may forbid it, or telling them may
 * prejudice the prevention or detection of crime. So the person is told unless the DPO records one
 * of those reasons; the decision and its reason are part of the P2.1 decision record.
 */
public final class TellSubjectRule {

    public static final String ID = OneBasisRule.ID;

    private TellSubjectRule() {
    }

    public static RuleResult check(LegalDisclosureDraft draft) {
        if (draft.tellSubject()) {
            return draft.notToldReason().isPresent()
                    ? RuleResult.refuse(ID, "a person who is told has no reason for not being told")
                    : RuleResult.satisfied(ID, "the person is told of the disclosure");
        }
        return draft.notToldReason()
                .map(reason -> RuleResult.satisfied(ID, "the person is not told: " + reason))
                .orElseGet(() -> RuleResult.refuse(ID, "the person is told of a disclosure unless the order forbids"
                        + " it or a crime investigation would be prejudiced: name the reason (notToldReason)"));
    }
}
