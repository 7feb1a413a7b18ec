package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.NotToldReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TellSubjectRuleTest {

    private static RuleResult check(boolean tell, Optional<NotToldReason> reason) {
        return TellSubjectRule.check(LegalDisclosures.draft(Optional.of("T1"),
                Optional.of(LegalDisclosures.JUSTIFICATION), tell, reason));
    }

    @Test
    @DisplayName("P2.1 the person is told of a legal-duty disclosure by default")
    void toldByDefault() {
        RuleResult finding = check(true, Optional.empty());
        assertThat(finding.ruleId()).isEqualTo("P2.1");
        assertThat(finding.effect()).isEqualTo(RuleResult.Effect.SATISFIED);
    }

    @Test
    @DisplayName("P2.1 not telling the person needs a recorded reason: the order forbids it, or a crime investigation")
    void notToldNeedsReason() {
        assertThat(check(false, Optional.empty()).effect()).isEqualTo(RuleResult.Effect.REFUSE);
        for (NotToldReason reason : NotToldReason.values()) {
            RuleResult finding = check(false, Optional.of(reason));
            assertThat(finding.effect()).isEqualTo(RuleResult.Effect.SATISFIED);
            assertThat(finding.explanation()).contains(reason.name());
        }
    }

    @Test
    @DisplayName("P2.1 a person who is told has no reason for not being told")
    void toldWithReasonIsContradictory() {
        assertThat(check(true, Optional.of(NotToldReason.ORDER_FORBIDS)).effect()).isEqualTo(RuleResult.Effect.REFUSE);
    }
}
