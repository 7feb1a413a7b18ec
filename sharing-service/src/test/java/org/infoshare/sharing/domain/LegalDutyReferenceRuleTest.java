package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LegalDutyReferenceRuleTest {

    @Test
    @DisplayName("P2.1 a legal-duty disclosure with the order's reference passes")
    void referenceNamed() {
        RuleResult finding = LegalDutyReferenceRule.check(LegalDisclosures.valid());
        assertThat(finding.ruleId()).isEqualTo("P2.1");
        assertThat(finding.effect()).isEqualTo(RuleResult.Effect.SATISFIED);
        assertThat(finding.explanation()).contains("T20267001");
    }

    @Test
    @DisplayName("P2.1 a legal-duty disclosure without the order's reference (missing or blank) is refused, as a share on LEGAL_DUTY is")
    void referenceMissing() {
        for (Optional<String> reference : java.util.List.of(Optional.<String>empty(), Optional.of("  "))) {
            RuleResult finding = LegalDutyReferenceRule.check(LegalDisclosures.draft(reference,
                    Optional.of(LegalDisclosures.JUSTIFICATION), true, Optional.empty()));
            assertThat(finding.ruleId()).isEqualTo("P2.1");
            assertThat(finding.effect()).isEqualTo(RuleResult.Effect.REFUSE);
            assertThat(finding.explanation()).isEqualTo(OneBasisRule.legalReferenceMissing(Optional.empty())
                    .orElseThrow().explanation());
        }
    }
}
