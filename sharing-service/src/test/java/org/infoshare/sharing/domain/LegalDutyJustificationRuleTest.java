package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LegalDutyJustificationRuleTest {

    @Test
    @DisplayName("P2.1 the DPO's written justification (20+ characters) passes")
    void written() {
        RuleResult finding = LegalDutyJustificationRule.check(LegalDisclosures.valid());
        assertThat(finding.ruleId()).isEqualTo("P2.1");
        assertThat(finding.effect()).isEqualTo(RuleResult.Effect.SATISFIED);
    }

    @Test
    @DisplayName("P2.1 no justification, or a few words, is refused")
    void missingOrTooShort() {
        for (Optional<String> justification : java.util.List.of(Optional.<String>empty(),
                Optional.of("court said so      "))) {
            RuleResult finding = LegalDutyJustificationRule.check(LegalDisclosures.draft(Optional.of("T1"),
                    justification, true, Optional.empty()));
            assertThat(finding.ruleId()).isEqualTo("P2.1");
            assertThat(finding.effect()).isEqualTo(RuleResult.Effect.REFUSE);
        }
    }
}
