package org.infoshare.sharing.domain;

import java.util.List;

/** Every rule a legal-duty disclosure passes before it is recorded (P2.1). */
public final class LegalDisclosureRules {

    private LegalDisclosureRules() {
    }

    public static List<RuleFinding> check(LegalDisclosureDraft draft) {
        return List.of(LegalDutyReferenceRule.check(draft), LegalDutyJustificationRule.check(draft),
                TellSubjectRule.check(draft));
    }

    /** The findings that refuse it; empty when it may be recorded. */
    public static List<RuleFinding> refusals(List<RuleFinding> findings) {
        return findings.stream().filter(f -> f.effect() == RuleFinding.Effect.REFUSE).toList();
    }
}
