package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;

/**
 * P2.1: a disclosure under a legal duty names the duty's reference, e.g. the court order's case
 * number; the same check a share on LEGAL_DUTY passes ({@link OneBasisRule#legalReferenceMissing}).
 */
public final class LegalDutyReferenceRule {

    public static final String ID = OneBasisRule.ID;

    private LegalDutyReferenceRule() {
    }

    public static RuleResult check(LegalDisclosureDraft draft) {
        return OneBasisRule.legalReferenceMissing(draft.orderReference())
                .orElseGet(() -> RuleResult.satisfied(ID, "legal duty under " + draft.orderReference().orElseThrow()));
    }
}
