package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import java.util.List;

/** Every rule a legal-duty disclosure passes before it is recorded (P2.1). */
public final class LegalDisclosureRules {

    private LegalDisclosureRules() {
    }

    public static List<RuleResult> check(LegalDisclosureDraft draft) {
        return List.of(LegalDutyReferenceRule.check(draft), LegalDutyJustificationRule.check(draft),
                TellSubjectRule.check(draft));
    }

    /** The findings that refuse it; empty when it may be recorded. */
    public static List<RuleResult> refusals(List<RuleResult> findings) {
        return findings.stream().filter(f -> f.effect() == RuleResult.Effect.REFUSE).toList();
    }
}
